package cabletag.bench;

import cabletag.cli.Cli;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * One command run several times in one JVM, each round timed: the first round is what {@code java -jar} pays
 * (loading and compiling as it goes), the later ones the command's own work once compiled. Tells the
 * compilers' share of a cold run apart from the work (docs/PERFORMANCE.md, "Where a cold JVM's time goes").
 * Usage: {@code WarmCommandBench ROUNDS COMMAND ARGS...}, e.g. {@code 6 export -q -f jsonl -o out.jsonl corpus}.
 */
public final class WarmCommandBench {

    private WarmCommandBench() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        // the process's processor time beside the wall time: on a shared machine it moves less with the load
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = system.getProcessCpuTime();
            int exit = Cli.run(Cli.standardOutput(), System.err, command);
            System.out.printf("round %d: exit %d, %d ms, %d cpu-ms%n", round, exit,
                    (System.nanoTime() - start) / 1_000_000, (system.getProcessCpuTime() - cpuStart) / 1_000_000);
        }
    }
}
