/*
 * The environment Linux 6.12's stage-2 library runs in, for bench/sim-vs-linux.sh: the mm_ops of a
 * VM's stage 2 over a pool of 4K table pages with a reference count each, and the TLB and cache
 * maintenance the library asks for, counted. It is compiled on its own, as the kernel's mm_ops and
 * TLB functions live outside pgtable.c, so every call pgtable.c makes to it stays a real call.
 *
 * The pool works as org.ptl.sim's TablePool does, so that both sides do the same work and build
 * the same table at the same physical addresses: pages are carved in order from TABLE_BASE, freed
 * pages are reused last freed first, a page is zeroed when it is taken (KVM's memcache zeroes its
 * pages when it is topped up, outside the walk; the engine zeroes in the walk, so this does too),
 * and counts are plain integers (as pKVM's hyp_page_ref_inc keeps them, and as the engine does).
 * Physical and virtual addresses differ by a constant, as in the kernel's linear map, so
 * phys_to_virt() is one addition and never looks anything up.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <asm/kvm_pgtable.h>

#include "ptl_shim.h"

struct shim_counts shim_counts;

static kvm_pte_t *pool;     /* SHIM_MAX_PAGES pages, 4K-aligned */
static int refcount[SHIM_MAX_PAGES];
static int free_stack[SHIM_MAX_PAGES];
static int free_count;
static int carved;
static int live;
static uintptr_t linear_offset; /* virtual minus physical */

void shim_warn(const char *file, int line)
{
	if (shim_counts.warnings++ < 10)
		fprintf(stderr, "pgtable-bench: WARN_ON at %s:%d\n", file, line);
}

void __kvm_tlb_flush_vmid_ipa(struct kvm_s2_mmu *mmu, phys_addr_t ipa, int level)
{
	(void)mmu, (void)ipa, (void)level;
	shim_counts.tlbi_vmid_ipa++;
}

void __kvm_tlb_flush_vmid_ipa_nsh(struct kvm_s2_mmu *mmu, phys_addr_t ipa, int level)
{
	(void)mmu, (void)ipa, (void)level;
	shim_counts.tlbi_vmid_ipa_nsh++;
}

void __kvm_tlb_flush_vmid_range(struct kvm_s2_mmu *mmu, phys_addr_t start, unsigned long pages)
{
	(void)mmu, (void)start, (void)pages;
	shim_counts.tlbi_vmid_range++;
}

void __kvm_tlb_flush_vmid(struct kvm_s2_mmu *mmu)
{
	(void)mmu;
	shim_counts.tlbi_vmid++;
}

static int page_of(void *addr)
{
	return (int)(((uintptr_t)addr - (uintptr_t)pool) >> PAGE_SHIFT);
}

static kvm_pte_t *page_address(int page)
{
	return pool + (size_t)page * PTRS_PER_PTE;
}

static int carve(void)
{
	if (carved == SHIM_MAX_PAGES) {
		fprintf(stderr, "pgtable-bench: the table memory of %d pages is full\n", SHIM_MAX_PAGES);
		exit(2);
	}
	return carved++;
}

static void *zalloc_page(void *arg)
{
	struct kvm_mmu_memory_cache *mc = arg;
	if (!mc || !mc->nobjs)
		return NULL;
	mc->nobjs--;
	int page = free_count ? free_stack[--free_count] : carve();
	memset(page_address(page), 0, PAGE_SIZE);
	refcount[page] = 1;
	live++;
	return page_address(page);
}

/* the root: contiguous pages, outside any memcache, each with a count of 1 */
static void *zalloc_pages_exact(size_t size)
{
	int pages = (int)(size >> PAGE_SHIFT);
	if (carved + pages > SHIM_MAX_PAGES)
		return NULL;
	int first = carved;
	for (int i = 0; i < pages; i++) {
		int page = carve();
		memset(page_address(page), 0, PAGE_SIZE);
		refcount[page] = 1;
		live++;
	}
	return page_address(first);
}

static void release(int page)
{
	live--;
	free_stack[free_count++] = page;
}

static void free_pages_exact(void *addr, size_t size)
{
	for (int page = page_of(addr); page < page_of(addr) + (int)(size >> PAGE_SHIFT); page++) {
		refcount[page] = 0;
		release(page);
	}
}

static void get_page(void *addr)
{
	refcount[page_of(addr)]++;
}

static void put_page(void *addr)
{
	int page = page_of(addr);
	if (--refcount[page] == 0)
		release(page);
}

static int page_count(void *addr)
{
	return refcount[page_of(addr)];
}

static void *phys_to_virt(phys_addr_t phys)
{
	return (void *)(uintptr_t)(phys + linear_offset);
}

static phys_addr_t virt_to_phys(void *addr)
{
	return (uintptr_t)addr - linear_offset;
}

/* counted only: the addresses are guest memory, which this process does not have */
static void dcache_clean_inval_poc(void *addr, size_t size)
{
	(void)addr, (void)size;
	shim_counts.dc_civac++;
}

static void icache_inval_pou(void *addr, size_t size)
{
	(void)addr, (void)size;
	shim_counts.ic_ivau++;
}

static struct kvm_pgtable_mm_ops mm_ops;

/* as pKVM's host stage 2 does: an unlinked table is freed at once, no RCU grace period to wait for */
static void free_unlinked_table(void *addr, s8 level)
{
	kvm_pgtable_stage2_free_unlinked(&mm_ops, addr, level);
}

static struct kvm_pgtable_mm_ops mm_ops = {
	.zalloc_page = zalloc_page,
	.zalloc_pages_exact = zalloc_pages_exact,
	.free_pages_exact = free_pages_exact,
	.free_unlinked_table = free_unlinked_table,
	.get_page = get_page,
	.put_page = put_page,
	.page_count = page_count,
	.phys_to_virt = phys_to_virt,
	.virt_to_phys = virt_to_phys,
	.dcache_clean_inval_poc = dcache_clean_inval_poc,
	.icache_inval_pou = icache_inval_pou,
};

struct kvm_pgtable_mm_ops *shim_mm_ops(void)
{
	return &mm_ops;
}

void shim_pool_reset(void)
{
	if (!pool) {
		pool = aligned_alloc(PAGE_SIZE, (size_t)SHIM_MAX_PAGES * PAGE_SIZE);
		if (!pool) {
			fprintf(stderr, "pgtable-bench: no memory for the table pool\n");
			exit(2);
		}
		linear_offset = (uintptr_t)pool - SHIM_TABLE_BASE;
	}
	memset(refcount, 0, sizeof(refcount));
	free_count = 0;
	carved = 0;
	live = 0;
}

int shim_pool_live(void)
{
	return live;
}

int shim_page_count(void *addr)
{
	return refcount[page_of(addr)];
}
