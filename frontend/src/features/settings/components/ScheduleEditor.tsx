import type { Slot } from "../../../api/types";
import { t } from "../../../i18n";
import { copyToWeekdays, DAYS, normalizeTime } from "../utils/schedule";

/**
 * Per weekday a list of slots; a slot may run past midnight (23:00–08:00). Times are typed on a 24-hour
 * clock in every language (a time input would follow the browser's 12-hour clock); Monday can be copied
 * to the other weekdays. Errors shown beside their slot.
 */
export function ScheduleEditor({ days, onChange, errors }: {
  days: Record<string, Slot[]>;
  onChange: (days: Record<string, Slot[]>) => void;
  errors: Record<string, string>;
}) {
  const update = (day: string, slots: Slot[]) => onChange({ ...days, [day]: slots });
  return (
    <div className="schedule-editor" data-testid="schedule-editor">
      {DAYS.map((day) => {
        const slots = days[day] ?? [];
        return (
          <fieldset key={day}>
            <legend>{t.days[day]}</legend>
            {slots.map((slot, i) => {
              const key = `streamingSchedule.days.${day}[${i}]`;
              const error = errors[`${key}.start`] ?? errors[`${key}.end`] ?? errors[key];
              return (
                <div key={i} className="slot-row">
                  <label>
                    <span className="sr-only">{`${t.days[day]} ${i + 1} start`}</span>
                    <input type="text" inputMode="numeric" className="time24" placeholder="20:00" maxLength={5} value={slot.start}
                      aria-label={`${t.days[day]} slot ${i + 1} start`}
                      onChange={(e) => update(day, slots.map((s, j) => (j === i ? { ...s, start: e.target.value } : s)))}
                      onBlur={(e) => update(day, slots.map((s, j) => (j === i ? { ...s, start: normalizeTime(e.target.value) } : s)))} />
                  </label>
                  –
                  <label>
                    <span className="sr-only">{`${t.days[day]} ${i + 1} end`}</span>
                    <input type="text" inputMode="numeric" className="time24" placeholder="20:00" maxLength={5} value={slot.end}
                      aria-label={`${t.days[day]} slot ${i + 1} end`}
                      onChange={(e) => update(day, slots.map((s, j) => (j === i ? { ...s, end: e.target.value } : s)))}
                      onBlur={(e) => update(day, slots.map((s, j) => (j === i ? { ...s, end: normalizeTime(e.target.value) } : s)))} />
                  </label>
                  <select value={slot.mode} aria-label={`${t.days[day]} slot ${i + 1} mode`}
                    onChange={(e) => update(day, slots.map((s, j) => (j === i ? { ...s, mode: e.target.value as Slot["mode"] } : s)))}>
                    {(["teezer", "live", "offline"] as const).map((m) => (
                      <option key={m} value={m}>{t.teezer.modes[m]}</option>
                    ))}
                  </select>
                  <button type="button" onClick={() => update(day, slots.filter((_, j) => j !== i))}>{t.settings.removeSlot}</button>
                  {error && <span className="field-error" role="alert">{error}</span>}
                </div>
              );
            })}
            <button type="button" onClick={() => update(day, [...slots, { start: "20:00", end: "23:00", mode: "live" }])}>
              {t.settings.addSlot}
            </button>
            {day === "mon" && (
              <button type="button" data-testid="copy-to-weekdays" onClick={() => onChange(copyToWeekdays(days))}>
                {t.scheduleTools.copyToWeekdays}
              </button>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
