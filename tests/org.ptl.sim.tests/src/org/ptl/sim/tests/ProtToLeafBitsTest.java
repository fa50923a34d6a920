package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.IPA_LIMIT;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptl.sim.Errno;
import org.ptl.sim.table.TablePool;

/**
 * DOMAIN.md §7, "prot → leaf bits": the descriptors kvm_pgtable_stage2_map() writes for each
 * kvm_pgtable_prot without FWB, bit for bit (type, S2AP, XN in bit 54 only, MemAttr, SH inner, AF,
 * SW bits), the combinations it rejects before walking, the bits it never sets, owner annotations
 * in bits 9:2 of invalid entries, and table descriptors.
 */
class ProtToLeafBitsTest {

	/** nG (11), 48-51, Contiguous (52), XN[0] (53) and 59-63: never set in any leaf. */
	private static final long NEVER_SET = 1L << 11 | 0xfL << 48 | 1L << 52 | 1L << 53 | 0x1fL << 59;

	private static final List<String> FLAGS = List.of("R", "W", "X", "DEVICE", "NORMAL_NC", "SW0", "SW1", "SW2", "SW3");

	@ParameterizedTest(name = "{0} at {1} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			R W X        | 0x8000e00000 | 4K | 0x8000e007ff
			R W          | 0x8000800000 | 4K | 0x400080008007ff
			R DEVICE     | 0x8041200000 | 2M | 0x40008041200745
			R W SW0      | 0x8002600000 | 4K | 0xc00080026007ff
			R NORMAL_NC  | 0x8000000000 | 4K | 0x40008000000757
			R W X        | 0x8040000000 | 1G | 0x80400007fd
			""")
	void mapWritesTheDescriptorLinuxWrites(String prot, String pa, String size, String descriptor) {
		Stage2 s2 = new Stage2();
		long address = Long.decode(pa);
		long bytes = switch (size) {
		case "4K" -> PAGE;
		case "2M" -> 2 * MiB;
		default -> GiB;
		};
		assertEquals(0, s2.map(address, bytes, address, prot.split(" ")), "map " + prot);
		assertEquals(hex(Long.decode(descriptor)), hex(s2.pte(address)), "the descriptor for " + prot + " at " + pa);
	}

	@Test
	void everyProtectionSetsOnlyTheBitsLinuxSets() {
		Stage2 s2 = new Stage2();
		List<String> wrong = new ArrayList<>();
		for (int combination = 0; combination < 1 << FLAGS.size(); combination++) {
			List<String> flags = new ArrayList<>();
			for (int bit = 0; bit < FLAGS.size(); bit++) {
				if ((combination & 1 << bit) != 0) {
					flags.add(FLAGS.get(bit));
				}
			}
			boolean device = flags.contains("DEVICE");
			boolean nc = flags.contains("NORMAL_NC");
			if (device && nc || (device || nc) && flags.contains("X")) {
				continue;
			}
			String[] prot = flags.toArray(String[]::new);
			long page = combination * PAGE;
			long pagePa = 0x80_0000_0000L + page;
			long block = GiB + combination * 2 * MiB;
			long blockPa = 0x80_4000_0000L + combination * 2 * MiB;
			if (s2.map(page, PAGE, pagePa, prot) != 0 || s2.map(block, 2 * MiB, blockPa, prot) != 0) {
				wrong.add(flags + ": map failed");
				continue;
			}
			long expectedPage = expectedLeaf(flags, pagePa, 0b11);
			long expectedBlock = expectedLeaf(flags, blockPa, 0b01);
			if (s2.pte(page) != expectedPage || (s2.pte(page) & NEVER_SET) != 0) {
				wrong.add(flags + " page: " + hex(s2.pte(page)) + ", expected " + hex(expectedPage));
			}
			if (s2.pte(block) != expectedBlock || (s2.pte(block) & NEVER_SET) != 0) {
				wrong.add(flags + " block: " + hex(s2.pte(block)) + ", expected " + hex(expectedBlock));
			}
		}
		assertEquals(List.of(), wrong, "descriptors that differ from what stage2_set_prot_attr() gives");
	}

	/** The leaf as §7 describes it, field by field. */
	private static long expectedLeaf(List<String> flags, long pa, long type) {
		long memattr = flags.contains("DEVICE") ? 0x1 : flags.contains("NORMAL_NC") ? 0x5 : 0xf;
		long leaf = type | memattr << 2 | 0b11 << 8 | 1 << 10 | pa;
		leaf |= flags.contains("R") ? 1L << 6 : 0;
		leaf |= flags.contains("W") ? 1L << 7 : 0;
		leaf |= flags.contains("X") ? 0 : 1L << 54;
		for (int sw = 0; sw < 4; sw++) {
			leaf |= flags.contains("SW" + sw) ? 1L << (55 + sw) : 0;
		}
		return leaf;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "DEVICE X", "NORMAL_NC X", "DEVICE NORMAL_NC", "R W X DEVICE", "R NORMAL_NC X SW0" })
	void rejectedCombinationsReturnEinvalBeforeAnyWalk(String prot) {
		Stage2 s2 = new Stage2();
		s2.noMemcache();
		List<String> before = s2.snapshot();
		assertEquals(-Errno.EINVAL, s2.map(0x1000, PAGE, 0x80_0000_1000L, prot.split(" ")),
				"map " + prot + " is rejected, not -ENOMEM for want of a table");
		assertEquals(-Errno.EINVAL, s2.map(IPA_LIMIT, PAGE, 0x80_0000_1000L, prot.split(" ")),
				"map " + prot + " is rejected before the range is checked (no -ERANGE)");
		assertEquals(before, s2.snapshot(), "a rejected map changes nothing");
	}

	@Test
	void ownerAnnotationsHoldTheOwnerInBits9To2() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.library.setOwner(0x1000, PAGE, 1), "set_owner 1");
		assertEquals(0x4, s2.pte(0x1000), "owner 1 is the invalid entry 0x4");
		assertEquals(0, s2.library.setOwner(0x1000, PAGE, 0), "set_owner 0");
		assertEquals(0, s2.pte(0x1000), "owner 0 is the empty entry");
		List<String> before = s2.snapshot();
		assertEquals(-Errno.EINVAL, s2.library.setOwner(0x1000, PAGE, 2), "owner 2 > KVM_MAX_OWNER_ID");
		assertEquals(-Errno.EINVAL, s2.library.setOwner(0x1000, PAGE, 255), "owner 255 > KVM_MAX_OWNER_ID");
		assertEquals(before, s2.snapshot(), "a refused owner changes nothing");
	}

	@Test
	void tableDescriptorsAreTheTablePhysicalAddressOr0b11() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "a page needs a level-2 and a level-3 table");
		long level1 = s2.table().read(s2.table().rootPage(), 0);
		int level2Page = s2.table().childPage(level1, 1);
		long level2 = s2.table().read(level2Page, 0);
		int level3Page = s2.table().childPage(level2, 2);
		assertEquals(hex(s2.pool().physicalAddress(level2Page) | 0b11), hex(level1), "level-1 entry -> level-2 table");
		assertEquals(hex(s2.pool().physicalAddress(level3Page) | 0b11), hex(level2), "level-2 entry -> level-3 table");
		assertEquals(hex(TablePool.TABLE_BASE + 0x2003), hex(level1),
				"with seed 0 the first table page after the two root pages is at TABLE_BASE + 0x2000");
		assertEquals(hex(TablePool.TABLE_BASE + 0x3003), hex(level2), "and the next one at TABLE_BASE + 0x3000");
	}
}
