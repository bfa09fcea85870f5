package cabletag.formats.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A deterministic train/dev/test split: each cable goes whole to one part, chosen by a hash of the
 * seed and the cable's key, so the same corpus and seed always give the same split, independent of
 * reading order, and adding a cable never moves another one. Parts approach the ratios on large corpora.
 */
public record SplitRatios(double train, double dev, double test, long seed) {

    public enum Part {
        TRAIN, DEV, TEST;

        public String fileTag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SplitRatios {
        if (train < 0 || dev < 0 || test < 0 || train + dev + test <= 0 || Double.isNaN(train + dev + test)) {
            throw new IllegalArgumentException("split ratios must be non-negative and not all zero");
        }
    }

    /** A part as typed: digits with an optional decimal part; no sign, exponent, NaN or Java's 10d. */
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Parses three percentages that sum to 100 ({@code "80/10/10"}, {@code "80.5/9.5/10"}) or three fractions that
     * sum to 1 ({@code "0.8/0.1/0.1"}), parted by {@code /}, {@code ,} or {@code :}. Any other sum is refused rather
     * than taken as proportions: {@code 80/30/10} is far more often a slip for 80/10/10 than meant, and would give
     * parts other than the ones meant with no word. The sum is taken in decimals, so 33.3/33.3/33.4 is 100.
     */
    public static SplitRatios parse(String ratios, long seed) {
        String[] parts = ratios.trim().split("[/,:]", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("split '" + ratios + "' must be three ratios, e.g. 80/10/10");
        }
        BigDecimal[] values = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            String part = parts[i].trim();
            if (part.startsWith("-") && PART.matcher(part.substring(1)).matches()) {
                throw new IllegalArgumentException("split '" + ratios + "': a part is negative (" + part
                        + "); give three parts of 0 or more, e.g. 80/10/10");
            }
            if (!PART.matcher(part).matches()) {
                throw new IllegalArgumentException("split '" + ratios + "' must be three numbers, e.g. 80/10/10");
            }
            values[i] = new BigDecimal(part);
        }
        BigDecimal sum = values[0].add(values[1]).add(values[2]);
        if (sum.compareTo(HUNDRED) != 0 && sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("split '" + ratios + "': the parts sum to " + sum.stripTrailingZeros().toPlainString()
                    + ", not 100 (give percentages, e.g. 80/10/10, or fractions that sum to 1, e.g. 0.8/0.1/0.1)");
        }
        // as fractions of the whole, exactly (a division by 100 or 1): 80/10/10 and 0.8/0.1/0.1 split alike
        return new SplitRatios(values[0].divide(sum).doubleValue(), values[1].divide(sum).doubleValue(),
                values[2].divide(sum).doubleValue(), seed);
    }

    public Part partOf(String cableKey) {
        double total = train + dev + test;
        double u = unitHash(cableKey);
        if (u < train / total) {
            return Part.TRAIN;
        }
        return u < (train + dev) / total ? Part.DEV : Part.TEST;
    }

    // SHA-256 rather than String.hashCode: stable across JVMs and well spread for similar names.
    private double unitHash(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Long.toString(seed).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 7; i++) {
                bits = (bits << 8) | (hash[i] & 0xFF);
            }
            return bits / (double) (1L << 56);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
