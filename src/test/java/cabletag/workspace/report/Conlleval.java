package cabletag.workspace.report;

import java.util.List;

/**
 * conlleval's chunk counting (the CoNLL-2000 Perl script, lines "endOfChunk", "startOfChunk" and the
 * main loop), ported line for line so the report's figures can be checked against the reference rules
 * without Perl. Reads the gold and the guessed file of one CoNLL export each (token first, tag last);
 * a blank line is a boundary, read as tag O on both sides, as the script does.
 */
final class Conlleval {

    long correctChunks;
    long foundCorrect;
    long foundGuessed;

    static Conlleval count(List<String> goldLines, List<String> guessedLines) {
        if (goldLines.size() != guessedLines.size()) {
            throw new AssertionError("the two exports have " + goldLines.size() + " and " + guessedLines.size() + " lines");
        }
        Conlleval counts = new Conlleval();
        boolean inCorrect = false;
        String lastCorrect = "O";
        String lastCorrectType = "";
        String lastGuessed = "O";
        String lastGuessedType = "";
        for (int i = 0; i <= goldLines.size(); i++) {
            String[] gold = fields(i < goldLines.size() ? goldLines.get(i) : "");
            String[] guessed = fields(i < guessedLines.size() ? guessedLines.get(i) : "");
            if (!gold[0].equals(guessed[0])) {
                throw new AssertionError("line " + (i + 1) + ": tokens differ: " + gold[0] + " / " + guessed[0]);
            }
            String correct = gold[1];
            String correctType = gold[2];
            String guess = guessed[1];
            String guessType = guessed[2];
            if (inCorrect) {
                boolean endCorrect = endOfChunk(lastCorrect, correct, lastCorrectType, correctType);
                boolean endGuessed = endOfChunk(lastGuessed, guess, lastGuessedType, guessType);
                if (endCorrect && endGuessed && lastGuessedType.equals(lastCorrectType)) {
                    inCorrect = false;
                    counts.correctChunks++;
                } else if (endCorrect != endGuessed || !guessType.equals(correctType)) {
                    inCorrect = false;
                }
            }
            boolean startCorrect = startOfChunk(lastCorrect, correct, lastCorrectType, correctType);
            boolean startGuessed = startOfChunk(lastGuessed, guess, lastGuessedType, guessType);
            if (startCorrect && startGuessed && guessType.equals(correctType)) {
                inCorrect = true;
            }
            if (startCorrect) {
                counts.foundCorrect++;
            }
            if (startGuessed) {
                counts.foundGuessed++;
            }
            lastCorrect = correct;
            lastCorrectType = correctType;
            lastGuessed = guess;
            lastGuessedType = guessType;
        }
        if (inCorrect) {
            counts.correctChunks++;
        }
        return counts;
    }

    /** Token, tag prefix and type: {@code B-PER} is (B, PER), {@code O} is (O, ""); a blank line is a boundary (O). */
    private static String[] fields(String line) {
        if (line.isBlank()) {
            return new String[] {"-X-", "O", ""};
        }
        String[] columns = line.trim().split("\\s+");
        String tag = columns[columns.length - 1];
        int dash = tag.indexOf('-');
        return dash < 0 ? new String[] {columns[0], tag, ""} : new String[] {columns[0], tag.substring(0, dash), tag.substring(dash + 1)};
    }

    private static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean end = false;
        if (prevTag.equals("B") && tag.equals("B")) end = true;
        if (prevTag.equals("B") && tag.equals("O")) end = true;
        if (prevTag.equals("I") && tag.equals("B")) end = true;
        if (prevTag.equals("I") && tag.equals("O")) end = true;
        if (prevTag.equals("E") && tag.equals("E")) end = true;
        if (prevTag.equals("E") && tag.equals("I")) end = true;
        if (prevTag.equals("E") && tag.equals("O")) end = true;
        if (prevTag.equals("I") && tag.equals("O")) end = true;
        if (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type)) end = true;
        if (prevTag.equals("]")) end = true;
        if (prevTag.equals("[")) end = true;
        return end;
    }

    private static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean start = false;
        if (prevTag.equals("B") && tag.equals("B")) start = true;
        if (prevTag.equals("I") && tag.equals("B")) start = true;
        if (prevTag.equals("O") && tag.equals("B")) start = true;
        if (prevTag.equals("O") && tag.equals("I")) start = true;
        if (prevTag.equals("E") && tag.equals("E")) start = true;
        if (prevTag.equals("E") && tag.equals("I")) start = true;
        if (prevTag.equals("O") && tag.equals("E")) start = true;
        if (prevTag.equals("O") && tag.equals("I")) start = true;
        if (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type)) start = true;
        if (tag.equals("[")) start = true;
        if (tag.equals("]")) start = true;
        return start;
    }

    double precision() {
        return foundGuessed == 0 ? 0 : (double) correctChunks / foundGuessed;
    }

    double recall() {
        return foundCorrect == 0 ? 0 : (double) correctChunks / foundCorrect;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
