package org.ptl.sim.casemate;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.ptl.sim.monitor.BarrierKind;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.TlbiOp;
import org.ptl.sim.table.MemoryOrder;

/**
 * Reads a casemate trace (DOMAIN.md §9.3) record by record, streaming: the documented spelling
 * ({@code (thread T)}, {@code msr}, upper-case words, TLBIs with {@code (addr A) (level L)}), the
 * tool's ({@code (tid T)}, {@code sysreg-write}, TLBIs with their register {@code (value V)}) and the
 * positional compressed form, all in one file if need be. Each malformed record is a located error
 * and is skipped; each unknown kind is a warning the first time it appears, and its records are
 * skipped. Two words of PTL's own that casemate lacks are read too: {@code (mem-order cas)} and a
 * shared walker's {@code (lock ... (mode read))}.
 */
public final class CasemateReader {

	/** Where records and problems go, in the order of the file. */
	public interface Sink {
		void record(CasemateRecord record);

		void problem(TraceProblem problem);
	}

	private final SexpReader sexp;
	private final RecordFields fields;
	private final Set<String> unknownKinds = new HashSet<>();
	private long skipped;

	public CasemateReader(InputStream in) {
		this.sexp = new SexpReader(in);
		this.fields = new RecordFields();
	}

	/** Reads every record to the end of the text. */
	public void readAll(Sink sink) throws IOException {
		while (readNext(sink)) {
			// each call hands one item to the sink
		}
	}

	/** Reads one top-level item; false at the end of the text. */
	public boolean readNext(Sink sink) throws IOException {
		SexpReader.Item item = sexp.next();
		if (item == null) {
			return false;
		}
		RawRecord raw = item.record();
		if (raw == null || raw.size() == 0 || raw.type(0) != RawRecord.WORD) {
			sink.problem(new TraceProblem(item.line(), -1, true,
					item.problem() != null ? item.problem() : "a record must start with its kind"));
			return true;
		}
		String kind = kindOf(raw);
		RecordFields fields = this.fields.of(raw, kind);
		long id = -1;
		try {
			id = fields.id();
			if (item.problem() != null) {
				throw new RecordFields.Malformed(item.problem());
			}
			int tid = fields.tid();
			CasemateRecord.Op op = op(kind, fields);
			if (op == null) {
				skipped++;
				if (unknownKinds.add(kind)) {
					sink.problem(new TraceProblem(item.line(), id, false,
							"unknown record kind '" + kind + "': records of this kind are skipped"));
				}
				return true;
			}
			sink.record(new CasemateRecord(item.line(), id, tid, fields.src(), op));
		} catch (RecordFields.Malformed malformed) {
			sink.problem(new TraceProblem(item.line(), id, true, malformed.getMessage()));
		}
		return true;
	}

	/** The record's kind, lower-cased (the usual spellings without making a string). */
	private static String kindOf(RawRecord raw) {
		for (String kind : SexpReader.KINDS) {
			if (raw.is(0, kind)) {
				return kind;
			}
		}
		return raw.string(0).toLowerCase(Locale.ROOT);
	}

	/** Bytes read so far. */
	public long bytesRead() {
		return sexp.bytesRead();
	}

	/** Records skipped because their kind is unknown. */
	public long skipped() {
		return skipped;
	}

	private static CasemateRecord.Op op(String kind, RecordFields fields) throws RecordFields.Malformed {
		return switch (kind) {
		case "mem-write" -> new CasemateRecord.MemWrite(order(fields.word("mem-order")), fields.hex("address"),
				fields.hex("value"));
		case "mem-read" -> new CasemateRecord.MemRead(fields.hex("address"), fields.hex("value"));
		case "mem-init", "mem-free" -> new CasemateRecord.MemInit(fields.hex("address"), fields.hex("size"),
				kind.equals("mem-free"));
		case "mem-set" -> new CasemateRecord.MemSet(fields.hex("address"), fields.hex("size"),
				(int) (fields.hex("value") & 0xff));
		case "barrier" -> new CasemateRecord.Barrier(barrier(fields));
		case "tlbi" -> tlbi(fields);
		case "sysreg-write", "msr" -> new CasemateRecord.SysregWrite(fields.word("sysreg"), fields.hex("value"));
		case "hint" -> new CasemateRecord.Hint(hint(fields.word("kind")), fields.hex("location"), fields.hex("value"));
		case "lock", "trylock", "unlock" -> new CasemateRecord.Lock(fields.hex("address"), !kind.equals("unlock"),
				"read".equals(fields.optionalWord("mode")), kind.equals("trylock"));
		default -> null;
		};
	}

	private static MemoryOrder order(String word) throws RecordFields.Malformed {
		return switch (word) {
		case "plain" -> MemoryOrder.PLAIN;
		case "release" -> MemoryOrder.RELEASE;
		case "cas" -> MemoryOrder.CAS;
		default -> throw new RecordFields.Malformed("mem-order '" + word + "' is none of plain, release, cas");
		};
	}

	private static String hint(String word) {
		// the documentation's "release" is the tool's "release_table"
		return word.equals("release") ? "release_table" : word;
	}

	private static BarrierKind barrier(RecordFields fields) throws RecordFields.Malformed {
		String instruction = fields.word("barrier");
		if (instruction.equals("isb")) {
			return BarrierKind.ISB;
		}
		if (!instruction.equals("dsb")) {
			throw new RecordFields.Malformed("barrier '" + instruction + "' is neither dsb nor isb");
		}
		String domain = fields.word("kind");
		for (BarrierKind barrier : BarrierKind.values()) {
			if (domain.equals(barrier.domain())) {
				return barrier;
			}
		}
		throw new RecordFields.Malformed("dsb kind '" + domain + "' is none of ish, ishst, nsh, nshst, sy");
	}

	private static CasemateRecord.Op tlbi(RecordFields fields) throws RecordFields.Malformed {
		String name = fields.word("op");
		TlbiOp op;
		try {
			op = TlbiOp.valueOf(name.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException unknown) {
			throw new RecordFields.Malformed("unknown TLBI '" + name + "'");
		}
		if (op.scope() == TlbiOp.Scope.ALL) {
			return new CasemateRecord.Tlbi(op, 0, 0, BbmEvent.Tlbi.LEVEL_UNKNOWN);
		}
		if (fields.has("value") || (!fields.has("addr") && fields.positionalLeft() == 1)) {
			long operand = fields.hex("value");
			return new CasemateRecord.Tlbi(op, TlbiOperand.address(operand), 0, TlbiOperand.level(operand));
		}
		long address = fields.hex("addr");
		if (op.scope() == TlbiOp.Scope.RANGE) {
			return new CasemateRecord.Tlbi(op, address, fields.hex("size"), BbmEvent.Tlbi.LEVEL_UNKNOWN);
		}
		String level = fields.has("level") || fields.positionalLeft() > 0 ? fields.word("level") : "unknown";
		return new CasemateRecord.Tlbi(op, address, 0,
				level.equals("unknown") ? BbmEvent.Tlbi.LEVEL_UNKNOWN : levelNumber(level));
	}

	private static int levelNumber(String text) throws RecordFields.Malformed {
		long level = RecordFields.hexNumber(text, "level");
		if (level > 3) {
			throw new RecordFields.Malformed("level " + text + " is not a level 0 to 3");
		}
		return (int) level;
	}
}
