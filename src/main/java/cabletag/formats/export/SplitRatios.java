package cabletag.formats.export;

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

    /** Parses {@code "80/10/10"} or {@code "0.8,0.1,0.1"}. */
    public static SplitRatios parse(String ratios, long seed) {
        String[] parts = ratios.trim().split("[/,:]");
        if (parts.length != 3) {
            throw new IllegalArgumentException("split '" + ratios + "' must be three ratios, e.g. 80/10/10");
        }
        try {
            return new SplitRatios(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("split '" + ratios + "' must be three numbers, e.g. 80/10/10");
        }
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
