package app.clicks.slack.digest;

import app.clicks.report.Slice;
import java.util.List;
import java.util.Optional;

/**
 * The routing points and ads a workspace's digests can be sliced by, each with its name where the wolkvox directory
 * (routing points) or the workspace's admins (ads) named it.
 *
 * @param routingPoints the server's routing points, in the order the modal offers them
 * @param ads the ads the admins named and those that brought clicks lately, in the order the modal offers them
 */
public record KnownSlices(List<Named> routingPoints, List<Named> ads) {
  /** Nothing known: every slice is shown by its id. */
  public static final KnownSlices NONE = new KnownSlices(List.of(), List.of());

  /** One routing point or ad: its wolkvox id and its name (null when it has none). */
  public record Named(String id, String name) {
    public Named {
      name = name == null || name.isBlank() ? null : name.strip();
    }
  }

  public KnownSlices {
    routingPoints = List.copyOf(routingPoints);
    ads = List.copyOf(ads);
  }

  /** The name of the slice's routing point or ad, if known and named. */
  public Optional<String> name(Slice slice) {
    List<Named> list = switch (slice.kind()) {
      case ROUTING_POINT -> routingPoints;
      case AD -> ads;
      case ALL -> List.of();
    };
    return list.stream().filter(n -> n.id().equals(slice.key())).map(Named::name).filter(n -> n != null).findFirst();
  }
}
