/*
 * The harness that bench/sim-vs-linux.sh links with Linux 6.12's own arch/arm64/kvm/hyp/pgtable.c
 * (compiled unmodified against bench/native/linux-shim): the benchmarks of
 * bench/org.ptl.sim.bench's Stage2Bench, through the library's own API, on the stage 2 of a VM with
 * a 40-bit IPA (VTCR from kvm_get_vtcr(): 4K granule, start level 1, two concatenated root pages).
 *
 * First it checks that it builds the same table as the engine (pgtable.c decides everything here;
 * the checks guard the harness and the stand-ins): after a map of 1 GiB from a fresh table, in one
 * call and in 262,144 calls of one page, 515 pages (2 root, 1 level-2, 512 level-3), 513 table
 * entries, 262,144 4K leaves, the first and last leaf as DOMAIN.md §7 gives them; after unmap, the
 * root alone and no entry left. It prints a "shape" line for each, with the sum of every entry, which
 * the script compares with the engine's own line for the same table (the tables are at the same
 * physical addresses on both sides, so the sums match only if every descriptor does), and the TLB
 * and cache maintenance each operation asked for.
 *
 * Then it times each benchmark as bench/sim-vs-linux.sh has JMH time the engine's: 3 warm-up and 5
 * measured iterations of about 1 s, each call timed alone, the table prepared before each call
 * (empty for map, full for unmap) outside the time taken; it prints the median time of a call (as
 * JMH's sample mode gives it: a load spike on the shared machine moves it far less than the mean),
 * the mean, and the number of calls measured, times in ms.
 *
 * Usage: pgtable_bench [-w WARMUPS] [-i ITERATIONS] [-t MS_PER_ITERATION]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <asm/kvm_pgtable.h>

#include "ptl_shim.h"

#define GIB (1UL << 30)
#define IPA GIB
#define SIZE GIB
#define LEAVES (SIZE / PAGE_SIZE)
/* 4 KiB past a 2 MiB boundary: no block fits, so map installs 4K pages (as Stage2Setup.PHYS) */
#define PHYS 0x80001000UL
#define PROT (KVM_PGTABLE_PROT_R | KVM_PGTABLE_PROT_W)
/* a normal, inner-shareable, accessed, read-write, execute-never page at PHYS (DOMAIN.md §7) */
#define FIRST_LEAF (PHYS | 0x7ffUL | (1UL << 54))
/* kvm_get_vtcr(PARange 48 bits, 16-bit VMIDs, 40-bit IPA), DOMAIN.md §7 */
#define VTCR_40_BIT 0x802d3558UL

static struct kvm_s2_mmu mmu;
static struct kvm_pgtable pgt;
static struct kvm_mmu_memory_cache memcache;

static void fail(const char *what)
{
	fprintf(stderr, "pgtable-bench: %s\n", what);
	exit(1);
}

static void expect(int ok, const char *what)
{
	if (!ok)
		fail(what);
}

static void expect_zero(const char *what, int ret)
{
	if (ret) {
		fprintf(stderr, "pgtable-bench: %s returned %d\n", what, ret);
		exit(1);
	}
}

/* ---- the read-only walk of the benchmarks: org.ptl.sim.bench.EntryCounter ---- */

struct counts {
	unsigned long leaves, tables;
	u64 sum;
};

static int count_walker(const struct kvm_pgtable_visit_ctx *ctx, enum kvm_pgtable_walk_flags visit)
{
	struct counts *counts = ctx->arg;
	counts->sum += ctx->old;
	if (visit == KVM_PGTABLE_WALK_LEAF) {
		if (kvm_pte_valid(ctx->old))
			counts->leaves++;
	} else if (visit == KVM_PGTABLE_WALK_TABLE_PRE) {
		counts->tables++;
	}
	return 0;
}

static int walk(struct counts *counts, enum kvm_pgtable_walk_flags flags)
{
	struct kvm_pgtable_walker walker = { .cb = count_walker, .arg = counts, .flags = flags };
	return kvm_pgtable_walk(&pgt, IPA, SIZE, &walker);
}

/* ---- the table ---- */

static void refill(void)
{
	memcache.nobjs = 1 << 30; /* never runs dry, as Memcache.UNLIMITED */
}

static void fresh_table(void)
{
	if (pgt.pgd)
		kvm_pgtable_stage2_destroy(&pgt);
	shim_pool_reset();
	mmu.vtcr = kvm_get_vtcr(ID_AA64MMFR0_EL1_PARANGE_48, ID_AA64MMFR1_EL1_VMIDBits_16 << 4, 40);
	mmu.pgt = &pgt;
	expect_zero("kvm_pgtable_stage2_init", kvm_pgtable_stage2_init(&pgt, &mmu, shim_mm_ops()));
	refill();
}

static int map_all(void)
{
	return kvm_pgtable_stage2_map(&pgt, IPA, SIZE, PHYS, PROT, &memcache, 0);
}

static int map_pages(void)
{
	int failed = 0;
	for (u64 offset = 0; offset < SIZE; offset += PAGE_SIZE)
		failed |= kvm_pgtable_stage2_map(&pgt, IPA + offset, PAGE_SIZE, PHYS + offset, PROT, &memcache, 0);
	return failed;
}

static int unmap_all(void)
{
	return kvm_pgtable_stage2_unmap(&pgt, IPA, SIZE);
}

/* ---- fidelity ---- */

static void expect_leaf(u64 addr, kvm_pte_t expected)
{
	kvm_pte_t pte;
	s8 level;
	expect_zero("kvm_pgtable_get_leaf", kvm_pgtable_get_leaf(&pgt, addr, &pte, &level));
	if (pte != expected || level != KVM_PGTABLE_LAST_LEVEL) {
		fprintf(stderr, "pgtable-bench: leaf at 0x%llx is 0x%llx at level %d, expected 0x%llx at level 3\n",
			(unsigned long long)addr, (unsigned long long)pte, level, (unsigned long long)expected);
		exit(1);
	}
}

static void print_maintenance(const char *operation, struct shim_counts before)
{
	printf("maintenance %s: TLBI %lu, TLBI range %lu, TLBI VMID %lu, DC CIVAC %lu, IC IVAU %lu\n", operation,
	       shim_counts.tlbi_vmid_ipa - before.tlbi_vmid_ipa + shim_counts.tlbi_vmid_ipa_nsh -
		       before.tlbi_vmid_ipa_nsh,
	       shim_counts.tlbi_vmid_range - before.tlbi_vmid_range, shim_counts.tlbi_vmid - before.tlbi_vmid,
	       shim_counts.dc_civac - before.dc_civac, shim_counts.ic_ivau - before.ic_ivau);
}

/* the table after mapping 1 GiB: as the engine's, entry for entry */
static void expect_populated(const char *operation)
{
	struct counts counts = { 0 };
	expect_zero("walk", walk(&counts, KVM_PGTABLE_WALK_TABLE_PRE | KVM_PGTABLE_WALK_LEAF));
	printf("shape %s: pages=%d tables=%lu leaves=%lu sum=0x%llx\n", operation, shim_pool_live(), counts.tables,
	       counts.leaves, (unsigned long long)counts.sum);
	expect(shim_pool_live() == 2 + 1 + 512, "a map of 1 GiB in 4K pages did not take 515 table pages");
	expect(counts.tables == 1 + 512, "a map of 1 GiB in 4K pages did not make 513 table entries");
	expect(counts.leaves == LEAVES, "a map of 1 GiB in 4K pages did not make 262,144 leaves");
	expect_leaf(IPA, FIRST_LEAF);
	expect_leaf(IPA + SIZE - PAGE_SIZE, FIRST_LEAF + SIZE - PAGE_SIZE);
}

static void check_fidelity(void)
{
	fresh_table();
	expect(mmu.vtcr == VTCR_40_BIT, "kvm_get_vtcr() is not 0x802d3558 for a 40-bit IPA");
	expect(pgt.ia_bits == 40 && pgt.start_level == 1, "the table is not 40 bits from level 1");
	expect(kvm_pgtable_stage2_pgd_size(mmu.vtcr) == 2 * PAGE_SIZE, "the root is not two concatenated pages");
	expect(shim_pool_live() == 2, "a fresh table is not its two root pages");
	printf("vtcr 0x%llx: %u-bit IPA, start level %d, root of %zu pages\n", (unsigned long long)mmu.vtcr,
	       pgt.ia_bits, pgt.start_level, kvm_pgtable_stage2_pgd_size(mmu.vtcr) / PAGE_SIZE);

	struct shim_counts before = shim_counts;
	expect_zero("map", map_all());
	expect_populated("map");
	print_maintenance("map", before);

	before = shim_counts;
	expect_zero("unmap", unmap_all());
	struct counts counts = { 0 };
	expect_zero("walk", walk(&counts, KVM_PGTABLE_WALK_TABLE_PRE | KVM_PGTABLE_WALK_LEAF));
	printf("shape unmap: pages=%d tables=%lu leaves=%lu sum=0x%llx\n", shim_pool_live(), counts.tables,
	       counts.leaves, (unsigned long long)counts.sum);
	expect(shim_pool_live() == 2 && counts.sum == 0, "unmap left entries or table pages");
	expect(shim_page_count(pgt.pgd) == 1, "unmap left a count on the root page");
	print_maintenance("unmap", before);

	fresh_table();
	before = shim_counts;
	expect_zero("map one page per call", map_pages());
	expect_populated("mapPages");
	print_maintenance("mapPages", before);
}

/* ---- timing, as JMH's sample mode with a set-up per invocation ---- */

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

enum prepare { NOTHING, EMPTY, FULL };

struct benchmark {
	const char *name;
	enum prepare prepare;
	int (*run)(void);
};

static struct counts walked;

static int walk_leaves(void)
{
	return walk(&walked, KVM_PGTABLE_WALK_LEAF);
}

static int walk_all(void)
{
	return walk(&walked, KVM_PGTABLE_WALK_TABLE_PRE | KVM_PGTABLE_WALK_LEAF | KVM_PGTABLE_WALK_TABLE_POST);
}

static const struct benchmark benchmarks[] = {
	{ "map", EMPTY, map_all },
	{ "mapPages", EMPTY, map_pages },
	{ "unmap", FULL, unmap_all },
	{ "walkAll", NOTHING, walk_all },
	{ "walkLeaves", NOTHING, walk_leaves },
};

/* the time of every measured call, for the median */
static double *samples;
static size_t sample_count, sample_capacity;

static void record(double ms)
{
	if (sample_count == sample_capacity) {
		sample_capacity = sample_capacity ? 2 * sample_capacity : 1024;
		samples = realloc(samples, sample_capacity * sizeof(double));
		if (!samples)
			fail("no memory for the samples");
	}
	samples[sample_count++] = ms;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* one iteration: calls until ms have passed, each timed alone (recorded when measured) */
static void iteration(const struct benchmark *benchmark, double ms, int measured)
{
	double start = now_ms();
	do {
		if (benchmark->prepare == EMPTY)
			expect_zero("unmap", unmap_all());
		else if (benchmark->prepare == FULL)
			expect_zero("map", map_all());
		refill();
		double before = now_ms();
		expect_zero(benchmark->name, benchmark->run());
		double taken = now_ms() - before;
		if (measured)
			record(taken);
	} while (now_ms() - start < ms);
}

static void measure(const struct benchmark *benchmark, int warmups, int iterations, double ms)
{
	fresh_table();
	if (benchmark->prepare == NOTHING)
		expect_zero("map", map_all());
	for (int i = 0; i < warmups; i++)
		iteration(benchmark, ms, 0);
	sample_count = 0;
	for (int i = 0; i < iterations; i++)
		iteration(benchmark, ms, 1);
	if (walked.leaves % LEAVES)
		fail("a walk did not see every leaf");
	double sum = 0;
	for (size_t i = 0; i < sample_count; i++)
		sum += samples[i];
	qsort(samples, sample_count, sizeof(double), by_value);
	/* the median, as JMH's p0.50 */
	printf("time %s %.4f %.4f %zu\n", benchmark->name, samples[(sample_count - 1) / 2], sum / sample_count,
	       sample_count);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	int warmups = 3, iterations = 5;
	double ms = 1000;
	for (int i = 1; i < argc; i++) {
		if (i + 1 < argc && !strcmp(argv[i], "-w"))
			warmups = atoi(argv[++i]);
		else if (i + 1 < argc && !strcmp(argv[i], "-i"))
			iterations = atoi(argv[++i]);
		else if (i + 1 < argc && !strcmp(argv[i], "-t"))
			ms = atof(argv[++i]);
		else {
			fprintf(stderr, "usage: %s [-w WARMUPS] [-i ITERATIONS] [-t MS_PER_ITERATION]\n", argv[0]);
			return 2;
		}
	}
	if (iterations < 1 || warmups < 0 || ms <= 0) {
		fprintf(stderr, "pgtable-bench: iterations must be at least 1, warm-ups at least 0, time above 0\n");
		return 2;
	}
	check_fidelity();
	for (size_t i = 0; i < sizeof(benchmarks) / sizeof(benchmarks[0]); i++)
		measure(&benchmarks[i], warmups, iterations, ms);
	if (shim_counts.warnings)
		fail("pgtable.c warned (WARN_ON): the stand-ins do not give it what the kernel does");
	return 0;
}
