package cabletag.workspace.suggest;

/**
 * What a suggestion rests on, strongest first. The analyst's own word (a reviewed cable, an entity the
 * analyst added or accepted) outweighs the machine tagger's, which is used only while few cables are
 * reviewed ({@link SuggestionSettings#minReviewed()}), and then named as such on every suggestion.
 */
public enum Evidence {
    /** Entities of cables marked reviewed. */
    REVIEWED("reviewed", 1.0),
    /** Entities the analyst added or accepted (a suggestion accepted) in cables not yet reviewed. */
    CONFIRMED("confirmed", 1.0),
    /** The machine tagger's entities in cables not yet reviewed: weaker evidence. */
    MACHINE("machine-tagged", 0.5),
    /** The name finder's own judgement (its probability). */
    MODEL("model", 1.0);

    private final String id;
    private final double weight;

    Evidence(String id, double weight) {
        this.id = id;
        this.weight = weight;
    }

    public String id() {
        return id;
    }

    /** How much a suggestion resting on this counts, times the share of its label. */
    double weight() {
        return weight;
    }
}
