package nl.policybake.output;

/** What writing the output changed: files written (new or changed), left as they were, and deleted. */
public record WriteStats(int written, int unchanged, int deleted) {
}
