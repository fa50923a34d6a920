/*
 * User-space stand-in for the kernel services that Linux 6.12's arch/arm64/kvm/hyp/pgtable.c and
 * asm/kvm_pgtable.h take from <linux/kvm_host.h> and the headers it pulls in, written for
 * bench/sim-vs-linux.sh so that pgtable.c compiles unmodified as a user-space object.
 *
 * Nothing here may change what pgtable.c does, only where its effects go:
 * - memory accesses are the real ones: READ_ONCE/WRITE_ONCE are volatile accesses, cmpxchg is a
 *   fully ordered compare-and-swap, smp_store_release a store-release (the kernel's arm64 forms
 *   are ldr/str, a CAS with full barriers, and stlr);
 * - TLB invalidation (every __kvm_tlb_flush_* and __tlbi_level) and cache maintenance (the mm_ops'
 *   dcache_clean_inval_poc and icache_inval_pou, in shim.c) are counted, not logged, so that a
 *   timed run pays a call and an increment where the kernel issues the instruction;
 * - dsb() and isb() are compiler barriers: they order the code as the kernel's do, and an x86
 *   machine has no equivalent instruction to pay for;
 * - CPU features are those of the configuration DOMAIN.md §7 describes: 4K pages, no FWB, no LPA2,
 *   no TLB range instructions, no BTI, not hVHE. cpus_have_final_cap() is a compile-time constant,
 *   as the kernel's static branches cost nothing once patched;
 * - a WARN_ON that fires is counted (shim.c) and fails the benchmark: it never should.
 */
#ifndef PTL_SHIM_LINUX_KVM_HOST_H
#define PTL_SHIM_LINUX_KVM_HOST_H

#include <errno.h>
#include <limits.h>
#include <linux/bitfield.h>
#include <linux/bits.h>
#include <linux/types.h>

/* ---- compiler and memory model ---- */

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define barrier() __asm__ __volatile__("" ::: "memory")

#define READ_ONCE(x) (*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val)                                  \
	do {                                                \
		*(volatile typeof(x) *)&(x) = (val);        \
	} while (0)
#define smp_store_release(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
/* returns the value found, as the kernel's cmpxchg() does, whether or not it stored */
#define cmpxchg(ptr, o, n)                                                                   \
	({                                                                                   \
		typeof(*(ptr)) __found = (o);                                                \
		__atomic_compare_exchange_n((ptr), &__found, (n), false, __ATOMIC_SEQ_CST, \
					    __ATOMIC_SEQ_CST);                               \
		__found;                                                                     \
	})

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
#define min(a, b)                          \
	({                                 \
		typeof(a) __a = (a);       \
		typeof(b) __b = (b);       \
		__a < __b ? __a : __b;     \
	})

#define ALIGN_DOWN(x, a) ((x) & ~((typeof(x))(a) - 1))
#define ALIGN(x, a) ALIGN_DOWN((x) + ((typeof(x))(a) - 1), (a))
#define IS_ALIGNED(x, a) (((x) & ((typeof(x))(a) - 1)) == 0)

#define MAX_ERRNO 4095
#define IS_ERR_VALUE(x) unlikely((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)
static inline void *ERR_PTR(long error) { return (void *)error; }
static inline long PTR_ERR(const void *ptr) { return (long)ptr; }
static inline bool IS_ERR(const void *ptr) { return IS_ERR_VALUE((unsigned long)ptr); }

/* Kconfig: IS_ENABLED(CONFIG_X) is 0 for the options below, which this build leaves off */
#define IS_ENABLED(option) IS_ENABLED_##option
#define IS_ENABLED_CONFIG_ARM64_PA_BITS_52 0
#define CONFIG_ARM64_4K_PAGES 1
#define CONFIG_ARM64_HW_AFDBM 1
#define CONFIG_ARM64_PA_BITS 48

/* ---- WARN ---- */

void shim_warn(const char *file, int line);
#define WARN_ON(condition)                                    \
	({                                                    \
		int __ret = !!(condition);                    \
		if (unlikely(__ret))                          \
			shim_warn(__FILE__, __LINE__);        \
		unlikely(__ret);                              \
	})
#define WARN_ON_ONCE(condition) WARN_ON(condition)

/* ---- arm64 geometry: 4K pages ---- */

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_ALIGN(addr) ALIGN(addr, PAGE_SIZE)
#define PTRS_PER_PTE (1 << (PAGE_SHIFT - 3))
/* input bits resolved below level n, and levels needed for va_bits (arm64 pgtable-hwdef.h) */
#define ARM64_HW_PGTABLE_LEVEL_SHIFT(n) ((PAGE_SHIFT - 3) * (4 - (n)) + 3)
#define ARM64_HW_PGTABLE_LEVELS(va_bits) (((va_bits) - 4) / (PAGE_SHIFT - 3))
#define __phys_to_pfn(paddr) ((unsigned long)((paddr) >> PAGE_SHIFT))

/* ---- CPU features ---- */

enum shim_cpucap {
	ARM64_HAS_STAGE2_FWB,
	ARM64_KVM_HVHE,
	ARM64_WORKAROUND_AMPERE_AC03_CPU_38,
};
static inline bool cpus_have_final_cap(int cap) { (void)cap; return false; }
static inline bool system_supports_lpa2(void) { return false; }
static inline bool system_supports_tlb_range(void) { return false; }
static inline bool system_supports_bti_kernel(void) { return false; }

#define ID_AA64MMFR0_EL1_PARANGE_SHIFT 0
#define ID_AA64MMFR0_EL1_PARANGE_48 0x5
#define ID_AA64MMFR0_EL1_PARANGE_52 0x6
#define ID_AA64MMFR1_EL1_VMIDBits_SHIFT 4
#define ID_AA64MMFR1_EL1_VMIDBits_16 0x2

static inline unsigned int cpuid_feature_extract_unsigned_field(u64 features, int field)
{
	return (features >> field) & 0xf;
}

/* ID_AA64MMFR0_EL1.PARange: 32, 36, 40, 42, 44, 48, 52 bits */
static inline u32 id_aa64mmfr0_parange_to_phys_shift(int parange)
{
	static const u8 shifts[] = { 32, 36, 40, 42, 44, 48, 52 };
	return parange >= 0 && parange < 7 ? shifts[parange] : CONFIG_ARM64_PA_BITS;
}

static inline int get_vmid_bits(u64 mmfr1)
{
	return cpuid_feature_extract_unsigned_field(mmfr1, ID_AA64MMFR1_EL1_VMIDBits_SHIFT) ==
			       ID_AA64MMFR1_EL1_VMIDBits_16 ? 16 : 8;
}

/* ---- memory types (MAIR indexes for stage 1, MemAttr values for stage 2) ---- */

#define MT_NORMAL 0
#define MT_NORMAL_TAGGED 1
#define MT_NORMAL_NC 2
#define MT_DEVICE_nGnRnE 3
#define MT_DEVICE_nGnRE 4

#define MT_S2_NORMAL 0xf
#define MT_S2_NORMAL_NC 0x5
#define MT_S2_DEVICE_nGnRE 0x1
#define MT_S2_FWB_NORMAL 0x6
#define MT_S2_FWB_NORMAL_NC 0x5
#define MT_S2_FWB_DEVICE_nGnRE 0x1
#define PTE_S2_MEMATTR(t) ((u64)(t) << 2)
#define PAGE_S2_MEMATTR(attr, has_fwb) \
	((has_fwb) ? PTE_S2_MEMATTR(MT_S2_FWB_##attr) : PTE_S2_MEMATTR(MT_S2_##attr))

/* ---- VTCR_EL2 for a 4K granule ---- */

#define VTCR_EL2_T0SZ_MASK 0x3fUL
#define VTCR_EL2_T0SZ(ipa_bits) ((u64)(64 - (ipa_bits)))
#define VTCR_EL2_IPA(vtcr) (64 - ((vtcr) & VTCR_EL2_T0SZ_MASK))
#define VTCR_EL2_SL0_SHIFT 6
#define VTCR_EL2_SL0_MASK (3UL << VTCR_EL2_SL0_SHIFT)
#define VTCR_EL2_TGRAN_SL0_BASE 2
#define VTCR_EL2_LVLS_TO_SL0(levels) ((u64)(VTCR_EL2_TGRAN_SL0_BASE - (4 - (levels))) << VTCR_EL2_SL0_SHIFT)
#define VTCR_EL2_IRGN0_WBWA (1UL << 8)
#define VTCR_EL2_ORGN0_WBWA (1UL << 10)
#define VTCR_EL2_SH0_INNER (3UL << 12)
#define VTCR_EL2_TG0_4K 0UL
#define VTCR_EL2_PS_SHIFT 16
#define VTCR_EL2_VS_8BIT 0UL
#define VTCR_EL2_VS_16BIT (1UL << 19)
#define VTCR_EL2_HA (1UL << 21)
#define VTCR_EL2_RES1 (1UL << 31)
#define VTCR_EL2_DS (1UL << 32)
#define VTCR_EL2_FLAGS (VTCR_EL2_SH0_INNER | VTCR_EL2_ORGN0_WBWA | VTCR_EL2_IRGN0_WBWA | VTCR_EL2_RES1 | VTCR_EL2_TG0_4K)

/* ---- barriers and TLB maintenance ---- */

#define dsb(option) barrier()
#define isb() barrier()

struct shim_counts {
	unsigned long tlbi_vmid_ipa;     /* __kvm_tlb_flush_vmid_ipa */
	unsigned long tlbi_vmid_ipa_nsh; /* __kvm_tlb_flush_vmid_ipa_nsh */
	unsigned long tlbi_vmid;         /* __kvm_tlb_flush_vmid */
	unsigned long tlbi_vmid_range;   /* __kvm_tlb_flush_vmid_range */
	unsigned long tlbi_hyp;          /* __tlbi_level() of the hyp stage-1 library */
	unsigned long dc_civac;          /* mm_ops->dcache_clean_inval_poc */
	unsigned long ic_ivau;           /* mm_ops->icache_inval_pou */
	unsigned long warnings;          /* WARN_ON() that fired */
};
extern struct shim_counts shim_counts;

#define TLBI_TTL_UNKNOWN INT_MAX
#define __TLBI_VADDR(addr, asid) ((((u64)(addr) >> 12) & GENMASK_ULL(43, 0)) | ((u64)(asid) << 48))
#define __tlbi_level(op, addr, level)           \
	do {                                    \
		(void)(addr);                   \
		(void)(level);                  \
		shim_counts.tlbi_hyp++;         \
	} while (0)
#define __tlbi_sync_s1ish_hyp() dsb(ish)
/* __TLBI_RANGE_PAGES(31, 3): the most pages one range TLBI covers */
#define MAX_TLBI_RANGE_PAGES (32UL << 16)

/* ---- KVM ---- */

struct kvm_pgtable;

/* the part of the kernel's memory cache that pgtable.c reads: how many pages it holds */
struct kvm_mmu_memory_cache {
	int nobjs;
};

struct kvm_s2_mmu {
	u64 vtcr;
	struct kvm_pgtable *pgt;
	struct kvm_mmu_memory_cache split_page_cache;
};

/* inside KVM (VHE host and nVHE hyp alike) kvm_call_hyp() is a direct call */
#define kvm_call_hyp(f, ...) f(__VA_ARGS__)
void __kvm_tlb_flush_vmid_ipa(struct kvm_s2_mmu *mmu, phys_addr_t ipa, int level);
void __kvm_tlb_flush_vmid_ipa_nsh(struct kvm_s2_mmu *mmu, phys_addr_t ipa, int level);
void __kvm_tlb_flush_vmid_range(struct kvm_s2_mmu *mmu, phys_addr_t start, unsigned long pages);
void __kvm_tlb_flush_vmid(struct kvm_s2_mmu *mmu);

/*
 * RCU, for the host kernel's build (the nVHE hyp build, __KVM_NVHE_HYPERVISOR__, has none): with
 * lockdep off, rcu_dereference_check() is a READ_ONCE of the pointer and checks nothing, and a
 * read-side critical section of a non-preemptible kernel only keeps the compiler from moving code.
 */
#define __rcu
#define rcu_dereference_check(p, c) ((typeof(*(p)) *)READ_ONCE(p))
#define rcu_read_lock() barrier()
#define rcu_read_unlock() barrier()
static inline bool rcu_read_lock_held(void) { return true; }

#endif
