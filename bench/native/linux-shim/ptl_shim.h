/*
 * What the benchmark harness (bench/native/pgtable_bench.c) needs of shim.c: the mm_ops, the table
 * page pool behind them, and the counts of maintenance (struct shim_counts, in linux/kvm_host.h).
 */
#ifndef PTL_SHIM_H
#define PTL_SHIM_H

#include <asm/kvm_pgtable.h>

/* where table pages start in physical memory: org.ptl.sim's TablePool.TABLE_BASE (960 GiB) */
#define SHIM_TABLE_BASE 0xF000000000ULL
/* 16 MiB of table pages: 1 GiB in 4K pages takes 515 */
#define SHIM_MAX_PAGES 4096

struct kvm_pgtable_mm_ops *shim_mm_ops(void);
/* forgets every page: the next pages are carved from SHIM_TABLE_BASE up again */
void shim_pool_reset(void);
/* pages allocated and not freed, the root's included */
int shim_pool_live(void);
int shim_page_count(void *addr);

#endif
