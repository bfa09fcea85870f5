package cabletag;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A start of the window as {@code java [-D…|-Xmx…|-Xms…|-Xss…] -jar cabletag.jar [inputs]}, the one start that
 * may be run again with a class-data-sharing archive (ADR 0011). Any other JVM option, an argument file, or
 * options given through the environment means someone is steering the JVM (a debugger, an agent, a profiler,
 * the installed launcher's own archive): that start runs as asked, in this process.
 *
 * @param vmOptions the options before {@code -jar}, passed on unchanged
 */
record PlainJarLaunch(List<String> vmOptions) {

    /** Environment variables the {@code java} launcher and the JVM read options from. */
    static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    PlainJarLaunch {
        vmOptions = List.copyOf(vmOptions);
    }

    /**
     * @param commandLine the process's arguments after the {@code java} command, as the operating system
     *                    gives them (empty where it does not)
     * @param environment the process's environment
     */
    static Optional<PlainJarLaunch> of(List<String> commandLine, Map<String, String> environment) {
        for (String variable : OPTION_VARIABLES) {
            // even blank: the JVM still says "Picked up JAVA_TOOL_OPTIONS:", and would say it twice
            if (environment.containsKey(variable)) {
                return Optional.empty();
            }
        }
        int jar = commandLine.indexOf("-jar");
        if (jar < 0) {
            return Optional.empty();
        }
        List<String> vmOptions = commandLine.subList(0, jar);
        for (String option : vmOptions) {
            if (!passedOn(option)) {
                return Optional.empty();
            }
        }
        return Optional.of(new PlainJarLaunch(vmOptions));
    }

    /** System properties and the memory sizes a user gives; nothing that attaches, logs or shares classes. */
    private static boolean passedOn(String option) {
        return option.startsWith("-D") || option.startsWith("-Xmx") || option.startsWith("-Xms")
                || option.startsWith("-Xss");
    }
}
