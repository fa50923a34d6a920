/*
 * User-space stand-in for <asm/stage2_pgtable.h>: the levels a stage-2 table needs for an IPA size.
 * Up to 16 concatenated root pages resolve 4 bits more than one page would, so a table needs the
 * levels of an input 4 bits smaller.
 */
#ifndef PTL_SHIM_ASM_STAGE2_PGTABLE_H
#define PTL_SHIM_ASM_STAGE2_PGTABLE_H

#include <linux/kvm_host.h>

#define stage2_pgtable_levels(ipa) ARM64_HW_PGTABLE_LEVELS((ipa) - 4)

#endif
