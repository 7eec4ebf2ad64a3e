import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import type { Slot } from "../../../api/types";
import { ScheduleEditor } from "./ScheduleEditor";
import { validateSchedule } from "../utils/schedule";

const slot = (start: string, end: string, mode: Slot["mode"] = "live"): Slot => ({ start, end, mode });

describe("schedule validation", () => {
  it("accepts the seed's week, with a slot across midnight", () => {
    const day = [slot("08:00", "12:00", "teezer"), slot("20:00", "23:00"), slot("23:00", "08:00", "offline")];
    expect(validateSchedule({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: [slot("08:00", "12:00", "teezer")] })).toEqual({});
  });

  it("finds an overlap inside a day", () => {
    expect(validateSchedule({ mon: [slot("20:00", "23:00"), slot("22:00", "23:30")] })).toEqual({
      "streamingSchedule.days.mon[1]": "overlaps another slot",
    });
  });

  it("finds an overlap with the part of yesterday's slot after midnight", () => {
    expect(validateSchedule({ mon: [slot("23:00", "08:00", "offline")], tue: [slot("07:00", "09:00", "teezer")] })).toHaveProperty(
      "streamingSchedule.days.tue[0]",
    );
    // Sunday night runs into Monday morning
    expect(validateSchedule({ sun: [slot("22:00", "06:00")], mon: [slot("05:00", "07:00")] })).not.toEqual({});
  });

  it("rejects bad times, empty slots and too many slots", () => {
    const errors = validateSchedule({ wed: [slot("24:00", "01:00"), slot("10:00", "10:00")] });
    expect(errors["streamingSchedule.days.wed[0].start"]).toBe("must be a time HH:mm");
    expect(errors["streamingSchedule.days.wed[1].end"]).toBe("must differ from start");
    const many = Array.from({ length: 13 }, (_, i) => slot(`${String(i).padStart(2, "0")}:00`, `${String(i).padStart(2, "0")}:30`));
    expect(validateSchedule({ fri: many })["streamingSchedule.days.fri"]).toBe("at most 12 slots a day");
  });
});

describe("schedule editor", () => {
  function Harness() {
    const [days, setDays] = useState<Record<string, Slot[]>>({ mon: [slot("20:00", "23:00")] });
    return <ScheduleEditor days={days} onChange={setDays} errors={validateSchedule(days)} />;
  }

  it("shows an error beside the slot that overlaps, and clears it when fixed", () => {
    render(<Harness />);
    fireEvent.click(screen.getAllByRole("button", { name: "Add slot" })[0]);
    expect(screen.getByRole("alert")).toHaveTextContent("overlaps another slot");
    fireEvent.change(screen.getByLabelText("Mon slot 2 start"), { target: { value: "23:00" } });
    fireEvent.change(screen.getByLabelText("Mon slot 2 end"), { target: { value: "02:00" } });
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
