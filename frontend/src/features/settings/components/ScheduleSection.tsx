import { t } from "../../../i18n";
import type { ScheduleDraft } from "../utils/draft";
import { FieldError } from "./FieldError";
import { ScheduleEditor } from "./ScheduleEditor";

/** A creator's week: her time zone and the slots of each day, errors beside them. */
export function ScheduleSection({ value, onChange, errors }: {
  value: ScheduleDraft;
  onChange: (next: ScheduleDraft) => void;
  errors: Record<string, string>;
}) {
  return (
    <fieldset>
      <legend>{t.settings.schedule}</legend>
      <label htmlFor="timezone">{t.settings.timezone}</label>
      <input id="timezone" value={value.timezone} onChange={(e) => onChange({ ...value, timezone: e.target.value })} />
      <FieldError errors={errors} field="streamingSchedule.timezone" />
      <ScheduleEditor days={value.days} onChange={(days) => onChange({ ...value, days })} errors={errors} />
    </fieldset>
  );
}
