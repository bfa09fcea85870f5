package cabletag.workspace;

import cabletag.core.Span;

/**
 * One place "apply to all" would change, for the preview: what is there now ({@code existing}, null when
 * the text is untagged), what it would become ({@code wanted}), a line of text around it, and whether the
 * analyst should have to choose it on purpose.
 *
 * @param cable    the cable's index
 * @param cableName the cable's source name, for a corpus-wide preview
 * @param existing the entity over the same range now, or null
 * @param wanted   the entity it would become
 * @param shownStart where it starts as the window shows offsets: in code points (ADR 0001), as the entity
 *                 table gives them; the spans count UTF-16 units, which differ after an emoji or a 𝐀
 * @param context  the text around it on one line, the occurrence itself between ⟦ and ⟧
 * @param doubtful true when the preview should leave it unchecked: the analyst already deleted or
 *                 relabelled it (in this session or in the store), or it is one letter of a spaced-out word
 * @param reason   why it is doubtful, for the preview; empty when it is not
 */
public record Occurrence(int cable, String cableName, Span existing, Span wanted, int shownStart, String context,
                         boolean doubtful, String reason) {
}
