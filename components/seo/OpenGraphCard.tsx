/**
 * The link-preview card of an article, drawn by next/og (Satori) at build
 * time: the edition's site name, the article's title and description, all
 * in the article's language, so a shared Spanish page shows no English word.
 * Satori reads only inline styles.
 */
export function OpenGraphCard({ siteName, title, description }: { siteName: string; title: string; description: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#eef6f7",
        color: "#06323b",
      }}
    >
      <div style={{ fontSize: 36, fontWeight: 700, color: "#0b5563" }}>{siteName}</div>
      <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ fontSize: 30, color: "#1e293b" }}>{description}</div>
    </div>
  );
}
