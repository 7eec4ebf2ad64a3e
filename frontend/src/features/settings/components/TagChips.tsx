import type { Tag } from "../../../api/types";

/** Catalogue chips as a labelled group of checkboxes (keyboard: Tab to a chip, Space to toggle). */
export function TagChips({ legend, tags, chosen, onChange }: { legend: string; tags: Tag[]; chosen: string[]; onChange: (keys: string[]) => void }) {
  return (
    <fieldset className="chips" aria-label={legend}>
      <legend className="chips-legend">{legend}</legend>
      {tags.map((tag) => (
        <label key={tag.key} className={`chip${chosen.includes(tag.key) ? " chip-on" : ""}`}>
          <input type="checkbox" checked={chosen.includes(tag.key)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, tag.key] : chosen.filter((x) => x !== tag.key))} /> {tag.emoji} {tag.label}
        </label>
      ))}
    </fieldset>
  );
}
