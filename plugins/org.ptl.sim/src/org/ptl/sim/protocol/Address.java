package org.ptl.sim.protocol;

import java.util.List;

import org.ptl.model.Family;
import org.ptl.model.FamilyParameter;
import org.ptl.model.Field;
import org.ptl.model.IndexTerm;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.VariableAccess;
import org.ptl.model.support.Bits;

/**
 * A compiled variable access: which word (the global one, or the page a parameter stands for),
 * which instance (the members its index parameters or numbers give), and which bits (the whole
 * value, or one field of a descriptor). Reading gives the variable's value or the field's bits;
 * writing records raw bits to be applied after every value of the step has been read.
 */
final class Address {

	private final ProtocolLayout.Slots slots;
	private final ValueCodec codec;
	private final Field field;
	private final int pageParameter;
	/** A page named by number (scenarios only), or -1. */
	private final int pageConstant;
	private final int[] memberParameters;
	private final int[] memberConstants;
	private final int fieldOffset;
	private final int width;
	final String name;

	Address(VariableAccess access, ProtocolLayout layout, Parameters parameters) {
		ProtocolVariable variable = (ProtocolVariable) access.getTarget();
		this.slots = layout.slots(variable);
		this.codec = layout.codec(variable);
		this.field = access.getField();
		this.name = variable.getName();
		List<IndexTerm> indices = access.getIndices();
		int page = -1;
		int pageNumber = -1;
		int families = slots.families().size();
		memberParameters = new int[families];
		memberConstants = new int[families];
		int at = 0;
		for (int i = 0; i < indices.size(); i++) {
			Family family = variable.getIndices().get(i);
			IndexTerm index = indices.get(i);
			FamilyParameter parameter = index.getParameter();
			if (family == layout.pages()) {
				if (parameter == null) {
					pageNumber = index.getMember();
				} else {
					page = parameters.slot(parameter);
				}
				continue;
			}
			memberParameters[at] = parameter == null ? -1 : parameters.slot(parameter);
			memberConstants[at] = parameter == null ? index.getMember() : 0;
			at++;
		}
		this.pageParameter = page;
		this.pageConstant = pageNumber;
		if (field != null) {
			int offset = codec.offset(field);
			if (offset < 0) {
				throw new IllegalArgumentException("field '" + field.getName() + "' of '" + name + "' is not kept");
			}
			this.fieldOffset = offset;
			this.width = Bits.width(field.getBits());
		} else {
			this.fieldOffset = 0;
			this.width = codec.width();
		}
	}

	boolean onPage() {
		return slots.page();
	}

	ValueCodec codec() {
		return codec;
	}

	/** The field, or null for the whole variable. */
	Field field() {
		return field;
	}

	int width() {
		return width;
	}

	private int bit(Frame frame) {
		int index = 0;
		int[] strides = slots.strides();
		for (int i = 0; i < memberParameters.length; i++) {
			int member = memberParameters[i] >= 0 ? frame.env[memberParameters[i]] : memberConstants[i];
			index += (member - 1) * strides[i];
		}
		return slots.offset() + index * slots.width() + fieldOffset;
	}

	/** The value: a boolean as 0 or 1, a count, a literal's position, a descriptor's kept fields, a field's bits. */
	long read(Frame frame) {
		long word = slots.page() ? frame.pages[page(frame)] : frame.global;
		long raw = ProtocolLayout.get(word, bit(frame), width);
		return field == null ? codec.value(raw) : raw;
	}

	private int page(Frame frame) {
		return pageParameter >= 0 ? frame.env[pageParameter] : pageConstant;
	}

	/** Whether a value fits here: a counter's range, a field's bits. */
	boolean fits(long value) {
		if (field != null) {
			return value >= 0 && (width >= 63 || (value >>> width) == 0);
		}
		return codec.fits(value);
	}

	/** Records a write of the value (which must fit) into the writes. */
	void write(Frame frame, long value, Writes writes) {
		long raw = field == null ? codec.raw(value) : value;
		writes.add(slots.page() ? page(frame) : -1, bit(frame), width, raw);
	}

	/** "written[0]", "seg[2, 0].protect": the instance this access reaches in the frame. */
	String text(Frame frame) {
		StringBuilder text = new StringBuilder(name);
		int members = memberParameters.length + (slots.page() ? 1 : 0);
		if (members > 0) {
			text.append('[');
			int at = 0;
			for (int i = 0; i < memberParameters.length; i++) {
				text.append(at++ > 0 ? ", " : "").append(memberParameters[i] >= 0 ? frame.env[memberParameters[i]]
						: memberConstants[i]);
			}
			if (slots.page()) {
				text.append(at > 0 ? ", " : "").append(page(frame));
			}
			text.append(']');
		}
		return field == null ? text.toString() : text + "." + field.getName();
	}
}
