/*
 * A C reference for bench/sim-jmh.sh: the same benchmarks as org.ptl.sim.bench.Stage2Bench (map,
 * map one 4K page per call, walk leaves, walk every entry, unmap; 1 GiB in 4K pages) on an arm64
 * stage-2 table for a 40-bit IPA (start level 1, two concatenated root pages, 4K granule), with
 * the structure of Linux 6.12's arch/arm64/kvm/hyp/pgtable.c written out again in plain C: the
 * generic walker (kvm_pgtable_walk, __kvm_pgtable_walk, __kvm_pgtable_visit) calling visitors
 * through a function pointer with a visit context, stage2_map_walker with break-before-make and
 * page reference counts through mm_ops function pointers, stage2_unmap_walker freeing empty
 * tables, tables taken from a memcache of zeroed pages. TLB and cache maintenance are no-ops, as
 * they are in the Java run (Maintenance.NONE). It is not the kernel's code (no READ_ONCE/cmpxchg,
 * no shared walks, no FWB/LPA2 cases), so read its figures as what native code doing the same work
 * takes on this machine, not as a measurement of KVM.
 *
 * Build and run: cc -O2 -o stage2_ref stage2_ref.c && ./stage2_ref [repetitions, default 51]
 * Prints one line per benchmark: name, ms per operation (median of the repetitions, after three
 * warm-up runs; the table is emptied or filled before each, outside the time taken).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef uint64_t kvm_pte_t;

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PTRS_PER_PTE 512
#define START_LEVEL 1
#define LAST_LEVEL 3
#define IA_BITS 40
#define ROOT_PAGES 2

#define PTE_VALID (1UL << 0)
#define PTE_TYPE (1UL << 1) /* table at levels 0-2, page at level 3 */
#define PTE_ADDR_MASK 0x0000fffffffff000UL
#define INVALID_PTE_LOCKED (1UL << 10)
#define ATTR_S2_PERMS ((3UL << 6) | (3UL << 53))
#define ATTR_HI_SW (0xfUL << 55)

#define WALK_LEAF (1UL << 0)
#define WALK_TABLE_PRE (1UL << 1)
#define WALK_TABLE_POST (1UL << 2)

#define EAGAIN 11
#define ENOMEM 12
#define EINVAL 22
#define E2BIG 7

struct mm_ops {
	void *(*zalloc_page)(void *mc);
	void (*get_page)(void *addr);
	void (*put_page)(void *addr);
	int (*page_count)(void *addr);
	void *(*phys_to_virt)(uint64_t phys);
	uint64_t (*virt_to_phys)(void *addr);
};

struct visit_ctx {
	kvm_pte_t *ptep;
	kvm_pte_t old;
	void *arg;
	struct mm_ops *mm_ops;
	uint64_t start, addr, end;
	int level;
	unsigned long flags;
};

typedef int (*visitor_fn)(struct visit_ctx *ctx, unsigned long visit);

struct walker {
	visitor_fn cb;
	void *arg;
	unsigned long flags;
};

struct walk_data {
	struct walker *walker;
	uint64_t start, addr, end;
};

struct pgtable {
	kvm_pte_t *pgd;
	struct mm_ops *mm_ops;
};

/* ---- simulated memory: a pool of 4K pages with a reference count each (struct page) ---- */

static kvm_pte_t *pool;
static int *refcount;
static size_t pool_pages;
static int *free_list;
static size_t free_count;

static size_t page_index(void *addr) { return ((kvm_pte_t *)addr - pool) / PTRS_PER_PTE; }
static void *zalloc_page(void *mc)
{
	(void)mc;
	if (!free_count)
		return NULL;
	kvm_pte_t *page = pool + (size_t)free_list[--free_count] * PTRS_PER_PTE;
	memset(page, 0, PAGE_SIZE); /* zeroed when taken, as org.ptl.sim's TablePool does */
	refcount[page_index(page)] = 1;
	return page;
}
static void get_page(void *addr) { refcount[page_index(addr)]++; }
static void put_page(void *addr)
{
	size_t i = page_index(addr);
	if (--refcount[i] == 0)
		free_list[free_count++] = (int)i;
}
static int page_count(void *addr) { return refcount[page_index(addr)]; }
static void *phys_to_virt(uint64_t phys) { return (void *)(uintptr_t)phys; }
static uint64_t virt_to_phys(void *addr) { return (uint64_t)(uintptr_t)addr; }
static struct mm_ops mm_ops = { zalloc_page, get_page, put_page, page_count, phys_to_virt, virt_to_phys };

/* ---- the generic walker (kvm_pgtable_walk and friends) ---- */

static uint64_t granule_shift(int level) { return PAGE_SHIFT + (uint64_t)(PAGE_SHIFT - 3) * (LAST_LEVEL - level); }
static uint64_t granule_size(int level) { return 1UL << granule_shift(level); }
static int pte_valid(kvm_pte_t pte) { return pte & PTE_VALID; }
static int pte_table(kvm_pte_t pte, int level)
{
	return level < LAST_LEVEL && pte_valid(pte) && (pte & PTE_TYPE);
}
static kvm_pte_t *pte_follow(kvm_pte_t pte, struct mm_ops *ops) { return ops->phys_to_virt(pte & PTE_ADDR_MASK); }
static uint32_t pgtable_idx(struct walk_data *data, int level)
{
	return (data->addr >> granule_shift(level)) & (PTRS_PER_PTE - 1);
}

static unsigned long visits; /* as org.ptl.sim's Walker counts them */

static int walk_table(struct walk_data *data, struct mm_ops *ops, kvm_pte_t *pgtable, int level);

static int visitor_call(struct walk_data *data, struct visit_ctx *ctx, unsigned long visit)
{
	visits++;
	return data->walker->cb(ctx, visit);
}

static int visit(struct walk_data *data, struct mm_ops *ops, kvm_pte_t *ptep, int level)
{
	struct visit_ctx ctx = {
		.ptep = ptep, .old = *ptep, .arg = data->walker->arg, .mm_ops = ops, .start = data->start,
		.addr = data->addr, .end = data->end, .level = level, .flags = data->walker->flags,
	};
	int ret = 0, reload = 0;
	int table = pte_table(ctx.old, level);
	if (table && (ctx.flags & WALK_TABLE_PRE)) {
		ret = visitor_call(data, &ctx, WALK_TABLE_PRE);
		reload = 1;
	}
	if (!table && (ctx.flags & WALK_LEAF)) {
		ret = visitor_call(data, &ctx, WALK_LEAF);
		reload = 1;
	}
	if (reload) {
		ctx.old = *ptep;
		table = pte_table(ctx.old, level);
	}
	if (ret)
		return ret;
	if (!table) {
		data->addr = (data->addr & -granule_size(level)) + granule_size(level);
		return 0;
	}
	ret = walk_table(data, ops, pte_follow(ctx.old, ops), level + 1);
	if (!ret && (ctx.flags & WALK_TABLE_POST))
		ret = visitor_call(data, &ctx, WALK_TABLE_POST);
	return ret;
}

static int walk_table(struct walk_data *data, struct mm_ops *ops, kvm_pte_t *pgtable, int level)
{
	int ret = 0;
	for (uint32_t idx = pgtable_idx(data, level); idx < PTRS_PER_PTE; ++idx) {
		if (data->addr >= data->end)
			break;
		ret = visit(data, ops, &pgtable[idx], level);
		if (ret)
			break;
	}
	return ret;
}

static int pgtable_walk(struct pgtable *pgt, uint64_t addr, uint64_t size, struct walker *walker)
{
	struct walk_data data = {
		.walker = walker, .start = addr & ~(PAGE_SIZE - 1), .addr = addr & ~(PAGE_SIZE - 1),
		.end = (addr + size + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1),
	};
	uint64_t limit = 1UL << IA_BITS;
	if (data.addr > limit || data.end > limit)
		return -34;
	int ret = 0;
	for (uint64_t idx = data.addr >> (granule_shift(START_LEVEL) + PAGE_SHIFT - 3); data.addr < data.end; ++idx) {
		ret = walk_table(&data, pgt->mm_ops, pgt->pgd + idx * PTRS_PER_PTE, START_LEVEL);
		if (ret)
			break;
	}
	return ret;
}

/* ---- stage2_map_walker ---- */

struct map_data {
	uint64_t phys;
	kvm_pte_t attr;
	void *memcache;
};

static int try_break_pte(struct visit_ctx *ctx)
{
	if (!pte_valid(ctx->old) && (ctx->old & INVALID_PTE_LOCKED))
		return 0;
	*ctx->ptep = INVALID_PTE_LOCKED; /* TLBI for a valid old entry: a no-op here */
	if (ctx->old)
		ctx->mm_ops->put_page(ctx->ptep);
	return 1;
}

static void make_pte(struct visit_ctx *ctx, kvm_pte_t new)
{
	if (new)
		ctx->mm_ops->get_page(ctx->ptep);
	*ctx->ptep = new;
}

static uint64_t map_phys(struct visit_ctx *ctx, struct map_data *data) { return data->phys + (ctx->addr - ctx->start); }

static int leaf_allowed(struct visit_ctx *ctx, struct map_data *data)
{
	uint64_t granule = granule_size(ctx->level);
	if (ctx->level == 0) /* no level-0 blocks */
		return 0;
	if (granule > ctx->end - ctx->addr)
		return 0;
	if (map_phys(ctx, data) & (granule - 1))
		return 0;
	return !(ctx->addr & (granule - 1));
}

static int try_leaf(struct visit_ctx *ctx, struct map_data *data)
{
	if (!leaf_allowed(ctx, data))
		return -E2BIG;
	uint64_t phys = map_phys(ctx, data);
	kvm_pte_t new = (phys & PTE_ADDR_MASK) | data->attr | PTE_VALID | (ctx->level == LAST_LEVEL ? PTE_TYPE : 0);
	if (pte_valid(ctx->old) && !((ctx->old ^ new) & ~ATTR_S2_PERMS))
		return -EAGAIN;
	if (!((ctx->old ^ new) & ~ATTR_HI_SW)) {
		*ctx->ptep = new;
		return 0;
	}
	if (!try_break_pte(ctx))
		return -EAGAIN;
	/* dcache clean for cacheable memory: a no-op here */
	make_pte(ctx, new);
	return 0;
}

/* stage2_map_walk_table_pre() */
static int map_walk_table_pre(struct visit_ctx *ctx, struct map_data *data)
{
	kvm_pte_t *childp = pte_follow(ctx->old, ctx->mm_ops);
	if (!leaf_allowed(ctx, data))
		return 0;
	/* a block replacing a whole table: never in these runs (the output addresses are not 2M-aligned) */
	(void)childp;
	fprintf(stderr, "stage2_ref: a table would be replaced by a block; not written out here\n");
	abort();
}

static int map_walker(struct visit_ctx *ctx, unsigned long visit)
{
	struct map_data *data = ctx->arg;
	if (visit == WALK_TABLE_PRE)
		return map_walk_table_pre(ctx, data);
	int ret = try_leaf(ctx, data);
	if (ret != -E2BIG)
		return ret;
	if (ctx->level == LAST_LEVEL)
		return -EINVAL;
	kvm_pte_t *child = ctx->mm_ops->zalloc_page(data->memcache);
	if (!child)
		return -ENOMEM;
	if (!try_break_pte(ctx)) {
		ctx->mm_ops->put_page(child);
		return -EAGAIN;
	}
	make_pte(ctx, (ctx->mm_ops->virt_to_phys(child) & PTE_ADDR_MASK) | PTE_TYPE | PTE_VALID);
	return 0;
}

#define PROT_X (1UL << 0)
#define PROT_W (1UL << 1)
#define PROT_R (1UL << 2)
#define PROT_DEVICE (1UL << 3)
#define PROT_NORMAL_NC (1UL << 4)

/* stage2_set_prot_attr() without FWB: memory type, S2AP, XN, inner shareable, AF */
static int set_prot_attr(unsigned long prot, kvm_pte_t *ptep)
{
	kvm_pte_t attr;
	if ((prot & PROT_DEVICE) && (prot & PROT_NORMAL_NC))
		return -EINVAL;
	if (prot & PROT_DEVICE) {
		if (prot & PROT_X)
			return -EINVAL;
		attr = 0x1UL << 2;
	} else if (prot & PROT_NORMAL_NC) {
		if (prot & PROT_X)
			return -EINVAL;
		attr = 0x5UL << 2;
	} else {
		attr = 0xfUL << 2;
	}
	if (!(prot & PROT_X))
		attr |= 2UL << 53;
	if (prot & PROT_R)
		attr |= 1UL << 6;
	if (prot & PROT_W)
		attr |= 2UL << 6;
	attr |= (3UL << 8) | (1UL << 10);
	*ptep = attr;
	return 0;
}

static int stage2_map(struct pgtable *pgt, uint64_t addr, uint64_t size, uint64_t phys, unsigned long prot)
{
	struct map_data data = { .phys = phys & ~(PAGE_SIZE - 1) };
	int ret = set_prot_attr(prot, &data.attr);
	if (ret)
		return ret;
	struct walker walker = { .cb = map_walker, .arg = &data, .flags = WALK_TABLE_PRE | WALK_LEAF };
	return pgtable_walk(pgt, addr, size, &walker);
}

/* ---- stage2_unmap_walker ---- */

static int unmap_walker(struct visit_ctx *ctx, unsigned long visit)
{
	(void)visit;
	struct mm_ops *ops = ctx->mm_ops;
	kvm_pte_t *childp = NULL;
	if (!pte_valid(ctx->old)) {
		if (ctx->old) {
			*ctx->ptep = 0;
			ops->put_page(ctx->ptep);
		}
		return 0;
	}
	if (pte_table(ctx->old, ctx->level)) {
		childp = pte_follow(ctx->old, ops);
		if (ops->page_count(childp) != 1)
			return 0;
	}
	*ctx->ptep = 0; /* TLBI: a no-op here */
	ops->put_page(ctx->ptep);
	if (childp)
		ops->put_page(childp);
	return 0;
}

static int stage2_unmap(struct pgtable *pgt, uint64_t addr, uint64_t size)
{
	struct walker walker = { .cb = unmap_walker, .flags = WALK_LEAF | WALK_TABLE_POST };
	return pgtable_walk(pgt, addr, size, &walker);
}

/* ---- a read-only walk: counts valid leaves and tables, sums the entries ---- */

struct counts {
	uint64_t leaves, tables, sum;
};

static int count_walker(struct visit_ctx *ctx, unsigned long visit)
{
	struct counts *counts = ctx->arg;
	counts->sum += ctx->old;
	if (visit == WALK_LEAF) {
		if (pte_valid(ctx->old))
			counts->leaves++;
	} else if (visit == WALK_TABLE_PRE) {
		counts->tables++;
	}
	return 0;
}

static int walk_count(struct pgtable *pgt, uint64_t addr, uint64_t size, unsigned long flags, struct counts *counts)
{
	struct walker walker = { .cb = count_walker, .arg = counts, .flags = flags };
	return pgtable_walk(pgt, addr, size, &walker);
}

/* ---- the benchmarks ---- */

#define GIB (1UL << 30)
#define IPA GIB
#define SIZE GIB
#define PHYS 0x80001000UL

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static void check(const char *what, int ret)
{
	if (ret) {
		fprintf(stderr, "stage2_ref: %s returned %d\n", what, ret);
		exit(1);
	}
}

static uint64_t sink;

static int bench(struct pgtable *pgt, int which)
{
	struct counts counts = { 0 };
	switch (which) {
	case 0:
		return stage2_map(pgt, IPA, SIZE, PHYS, PROT_R | PROT_W);
	case 1:
		for (uint64_t off = 0; off < SIZE; off += PAGE_SIZE) {
			int ret = stage2_map(pgt, IPA + off, PAGE_SIZE, PHYS + off, PROT_R | PROT_W);
			if (ret)
				return ret;
		}
		return 0;
	case 2:
	case 3: {
		int ret = walk_count(pgt, IPA, SIZE, which == 2 ? WALK_LEAF : WALK_TABLE_PRE | WALK_LEAF | WALK_TABLE_POST,
				&counts);
		sink += counts.sum + counts.leaves + counts.tables;
		if (counts.leaves != SIZE / PAGE_SIZE) {
			fprintf(stderr, "stage2_ref: walked %lu leaves\n", (unsigned long)counts.leaves);
			exit(1);
		}
		return ret;
	}
	default:
		return stage2_unmap(pgt, IPA, SIZE);
	}
}

int main(int argc, char **argv)
{
	int reps = argc > 1 ? atoi(argv[1]) : 51;
	static const char *names[] = { "map", "mapPages", "walkLeaves", "walkAll", "unmap" };
	/* before each run: 0 empty table, 1 full table */
	static const int needs_full[] = { 0, 0, 1, 1, 1 };

	pool_pages = 1024;
	pool = aligned_alloc(PAGE_SIZE, pool_pages * PAGE_SIZE);
	refcount = calloc(pool_pages, sizeof(int));
	free_list = malloc(pool_pages * sizeof(int));
	memset(pool, 0, pool_pages * PAGE_SIZE);
	for (size_t i = pool_pages; i-- > ROOT_PAGES;)
		free_list[free_count++] = (int)i;
	refcount[0] = refcount[1] = 1;
	struct pgtable pgt = { .pgd = pool, .mm_ops = &mm_ops };

	double *times = malloc(reps * sizeof(double));
	for (int which = 0; which < 5; which++) {
		for (int rep = -3; rep < reps; rep++) { /* three warm-up runs */
			check("unmap", stage2_unmap(&pgt, IPA, SIZE));
			if (needs_full[which])
				check("map", stage2_map(&pgt, IPA, SIZE, PHYS, PROT_R | PROT_W));
			double start = now_ms();
			check(names[which], bench(&pgt, which));
			double took = now_ms() - start;
			if (rep >= 0)
				times[rep] = took;
		}
		if (which == 4 && free_count != pool_pages - ROOT_PAGES) {
			fprintf(stderr, "stage2_ref: unmap left %zu pages\n", pool_pages - ROOT_PAGES - free_count);
			return 1;
		}
		qsort(times, reps, sizeof(double), cmp_double);
		printf("%s %.4f\n", names[which], times[reps / 2]);
	}
	if (sink == 42) /* never: keeps the walks' reads and the visit count alive */
		printf("%lu\n", visits);
	return 0;
}
