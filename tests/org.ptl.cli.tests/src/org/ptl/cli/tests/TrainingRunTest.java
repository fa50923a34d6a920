package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.cli.TrainingRun;

/**
 * The launcher's training run (the class-data cache is recorded from it) runs commands that succeed
 * on the checkout: a renamed example or model would leave the cache without the profiles it is for,
 * and nothing else would say so.
 */
class TrainingRunTest {

	@Test
	void everyTrainingCommandSucceedsOnTheBundledExamples() {
		List<List<String>> commands = TrainingRun.commands(Cli.root());
		assertTrue(commands.stream().anyMatch(command -> command.get(0).equals("check")), "the examples are checked");
		assertTrue(commands.stream().anyMatch(command -> command.get(0).equals("explore")), "a protocol is explored");
		for (List<String> command : commands) {
			assertTrue(Files.exists(Path.of(command.get(1))), command.get(1));
			Cli.Result result = Cli.run(command.toArray(String[]::new));
			assertEquals(0, result.exitCode(), String.join(" ", command) + "\n" + result);
		}
	}
}
