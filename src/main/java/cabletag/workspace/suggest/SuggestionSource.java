package cabletag.workspace.suggest;

/** Where a suggestion comes from; its name is shown with every suggestion. */
public enum SuggestionSource {
    /** The texts the analyst confirmed (and, when few cables are reviewed, the machine's tags). */
    GAZETTEER("gazetteer"),
    /** The statistical name finder trained on the corpus. */
    MODEL("model");

    private final String id;

    SuggestionSource(String id) {
        this.id = id;
    }

    /** The name shown and accepted by {@code --source}. */
    public String id() {
        return id;
    }
}
