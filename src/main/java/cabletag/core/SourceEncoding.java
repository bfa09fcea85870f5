package cabletag.core;

/** How the source bytes were decoded, so that writing back gives the same bytes. */
public record SourceEncoding(Charset charset, boolean bom) {

    /**
     * The encodings cables come in. Windows-1252 is the cables' legacy encoding; UTF-16 and UTF-32 are
     * recognised only by their byte order mark (ADR 0006), so they always carry one.
     */
    public enum Charset { UTF_8, WINDOWS_1252, UTF_16LE, UTF_16BE, UTF_32LE, UTF_32BE }

    public static final SourceEncoding UTF_8 = new SourceEncoding(Charset.UTF_8, false);
    public static final SourceEncoding UTF_8_BOM = new SourceEncoding(Charset.UTF_8, true);
    public static final SourceEncoding WINDOWS_1252 = new SourceEncoding(Charset.WINDOWS_1252, false);
    public static final SourceEncoding UTF_16LE = new SourceEncoding(Charset.UTF_16LE, true);
    public static final SourceEncoding UTF_16BE = new SourceEncoding(Charset.UTF_16BE, true);
    public static final SourceEncoding UTF_32LE = new SourceEncoding(Charset.UTF_32LE, true);
    public static final SourceEncoding UTF_32BE = new SourceEncoding(Charset.UTF_32BE, true);

    public SourceEncoding {
        if (bom && charset == Charset.WINDOWS_1252) {
            throw new IllegalArgumentException("Windows-1252 has no byte order mark");
        }
        if (!bom && charset != Charset.UTF_8 && charset != Charset.WINDOWS_1252) {
            throw new IllegalArgumentException(charset + " is recognised by its byte order mark only");
        }
    }

    public String describe() {
        switch (charset) {
            case UTF_8:
                return bom ? "UTF-8 with BOM" : "UTF-8";
            case WINDOWS_1252:
                return "Windows-1252";
            default:
                return charset.name().replace("_", "-").replace("LE", " LE").replace("BE", " BE") + " with BOM";
        }
    }
}
