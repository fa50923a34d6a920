package org.ptl.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells PTL text from anything else before parsing: a NUL byte or bytes that are not UTF-8 mean
 * the file is not PTL, reported as one located diagnostic rather than thousands of syntax errors.
 */
final class TextCheck {

	private TextCheck() {
	}

	/** Why the bytes are not PTL text, with the 1-based line and column of the first bad byte. */
	record NotText(int line, int column, String reason) {
	}

	static Optional<NotText> check(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return Optional.of(at(bytes, i, "not a text file: it contains a NUL byte at offset " + i));
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		try {
			decoder.decode(buffer);
			return Optional.empty();
		} catch (MalformedInputException malformed) {
			return Optional.of(at(bytes, buffer.position(), "not UTF-8 text: malformed byte 0x"
					+ Integer.toHexString(bytes[buffer.position()] & 0xff) + " at offset " + buffer.position()));
		} catch (CharacterCodingException other) {
			return Optional.of(at(bytes, buffer.position(), "not UTF-8 text (" + other.getMessage() + ")"));
		}
	}

	private static NotText at(byte[] bytes, int offset, String reason) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new NotText(line, offset - lineStart + 1, reason);
	}
}
