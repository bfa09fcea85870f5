package cabletag.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * The dragboard a drag from the desktop brings along, for tests: headless there is no desktop to drag
 * from, and the toolkit's own local clipboard cannot say which transfer modes the source allows,
 * which every drag-over handler asks. Offers copy, move and link, as a file manager does.
 */
final class DesktopDragboard implements TKClipboard {

    private final Map<DataFormat, Object> content = new LinkedHashMap<>();

    private DesktopDragboard() {
    }

    /** Must be called on the FX thread, like every dragboard write. */
    static Dragboard carrying(ClipboardContent content) {
        Dragboard board = DragboardHelper.createDragboard(new DesktopDragboard());
        board.setContent(content);
        return board;
    }

    @Override
    @SuppressWarnings("removal")
    public void setSecurityContext(java.security.AccessControlContext context) {
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return Set.copyOf(content.keySet());
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... pairs) {
        content.clear();
        for (Pair<DataFormat, Object> pair : pairs) {
            content.put(pair.getKey(), pair.getValue());
        }
        return true;
    }

    @Override
    public Object getContent(DataFormat format) {
        return content.get(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return content.containsKey(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return EnumSet.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
    }

    @Override
    public void setDragView(Image image) {
    }

    @Override
    public void setDragViewOffsetX(double offsetX) {
    }

    @Override
    public void setDragViewOffsetY(double offsetY) {
    }

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
