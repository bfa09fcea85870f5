package cabletag;

/**
 * Stands in for the window in {@link ArchivedRelaunchTest}: a jar whose main starts as {@link Main} does,
 * then prints where it runs and exits with the code it is given ("wait": until it is killed).
 */
public final class RelaunchProbe {

    static final String LINE = "window side: ";

    private RelaunchProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        ArchivedRelaunch.run(args).ifPresent(System::exit);
        ProcessHandle self = ProcessHandle.current();
        System.out.println(LINE + "pid=" + self.pid() + " parent=" + self.parent().map(ProcessHandle::pid).orElse(-1L)
                + " arguments=" + String.join(" ", self.info().arguments().orElse(new String[0])));
        System.out.flush();
        if (args[0].equals("wait")) {
            // stays until the test kills its launcher; the test waits for the line above, not for time
            Thread.sleep(Long.MAX_VALUE);
        }
        System.exit(Integer.parseInt(args[0]));
    }
}
