package app.clicks.slack.common;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** One part of the Home tab; the wolkvox connection is the first, the digest settings add theirs after it. */
public interface HomeSection {

  /** The blocks of this part for {@code context} (may be empty). Pure apart from reading its own state. */
  List<LayoutBlock> blocks(HomeContext context);
}
