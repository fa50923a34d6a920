/*
 * User-space stand-in for <linux/bitfield.h>: FIELD_PREP and FIELD_GET over a constant mask. The
 * kernel's versions also reject bad masks at compile time; the shift is the same (the mask's
 * lowest set bit), so the code generated for constant masks is the same shift-and-mask.
 */
#ifndef PTL_SHIM_LINUX_BITFIELD_H
#define PTL_SHIM_LINUX_BITFIELD_H

#define __bf_shf(mask) __builtin_ctzll(mask)
#define FIELD_PREP(mask, val) ((((unsigned long long)(val)) << __bf_shf(mask)) & (mask))
#define FIELD_GET(mask, reg) ((typeof(mask))(((reg) & (mask)) >> __bf_shf(mask)))

#endif
