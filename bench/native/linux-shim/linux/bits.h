/*
 * User-space stand-in for <linux/bits.h>: single bits and contiguous masks of an unsigned long
 * (64 bits here, as on arm64), the only two forms pgtable.c uses.
 */
#ifndef PTL_SHIM_LINUX_BITS_H
#define PTL_SHIM_LINUX_BITS_H

#define BIT(nr) (1UL << (nr))
#define BIT_ULL(nr) (1ULL << (nr))
/* bits h..l set: all ones shifted up to l, cut above h */
#define GENMASK(h, l) ((~0UL << (l)) & (~0UL >> (63 - (h))))
#define GENMASK_ULL(h, l) ((~0ULL << (l)) & (~0ULL >> (63 - (h))))

#endif
