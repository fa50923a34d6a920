/*
 * User-space stand-in for <linux/types.h>, written for bench/sim-vs-linux.sh: the fixed-width
 * types that arch/arm64/kvm/hyp/pgtable.c and asm/kvm_pgtable.h use, with the kernel's widths on
 * a 64-bit machine.
 */
#ifndef PTL_SHIM_LINUX_TYPES_H
#define PTL_SHIM_LINUX_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int8_t s8;
typedef uint8_t u8;
typedef int16_t s16;
typedef uint16_t u16;
typedef int32_t s32;
typedef uint32_t u32;
typedef int64_t s64;
typedef uint64_t u64;

typedef u64 phys_addr_t;
typedef u64 kvm_pfn_t;

#endif
