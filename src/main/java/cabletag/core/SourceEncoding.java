package cabletag.core;

/** How the source bytes were decoded, so that writing back gives the same bytes. */
public record SourceEncoding(Charset charset, boolean bom) {

    /** The two encodings cables come in. Windows-1252 is the cables' legacy encoding. */
    public enum Charset { UTF_8, WINDOWS_1252 }

    public static final SourceEncoding UTF_8 = new SourceEncoding(Charset.UTF_8, false);
    public static final SourceEncoding UTF_8_BOM = new SourceEncoding(Charset.UTF_8, true);
    public static final SourceEncoding WINDOWS_1252 = new SourceEncoding(Charset.WINDOWS_1252, false);

    public SourceEncoding {
        if (bom && charset != Charset.UTF_8) {
            throw new IllegalArgumentException("only UTF-8 carries a byte order mark here");
        }
    }

    public String describe() {
        return charset == Charset.UTF_8 ? (bom ? "UTF-8 with BOM" : "UTF-8") : "Windows-1252";
    }
}
