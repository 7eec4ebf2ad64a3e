export function ProfileSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton" aria-busy="true" aria-label={label}>
      <div className="sk sk-cover" />
      <div className="sk sk-avatar" />
      <div className="sk sk-line" style={{ width: "40%" }} />
      <div className="sk sk-line" style={{ width: "60%" }} />
      <div className="sk sk-line" style={{ width: "80%" }} />
    </div>
  );
}
