import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import type { Slot } from "../../../api/types";
import { ScheduleEditor } from "./ScheduleEditor";
import { copyToWeekdays, normalizeTime, validateSchedule } from "../utils/schedule";

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

  it("types times on a 24-hour clock and copies Monday to the other weekdays", () => {
    render(<Harness />);
    const start = screen.getByLabelText("Mon slot 1 start");
    expect(start).toHaveAttribute("type", "text");
    fireEvent.change(start, { target: { value: "2130" } });
    fireEvent.blur(start);
    expect(start).toHaveValue("21:30");
    fireEvent.click(screen.getByTestId("copy-to-weekdays"));
    for (const day of ["Tue", "Wed", "Thu", "Fri"]) expect(screen.getByLabelText(`${day} slot 1 start`)).toHaveValue("21:30");
    expect(screen.queryByLabelText("Sat slot 1 start")).toBeNull();
  });
});

describe("schedule tools", () => {
  it("copies Monday's slots to Tuesday–Friday as copies, the weekend untouched", () => {
    const sat = [slot("08:00", "12:00", "teezer")];
    const days = copyToWeekdays({ mon: [slot("20:00", "23:00")], tue: [slot("01:00", "02:00")], sat });
    expect(days.tue).toEqual([slot("20:00", "23:00")]);
    expect(days.fri).toEqual([slot("20:00", "23:00")]);
    expect(days.sat).toBe(sat);
    expect(days.tue[0]).not.toBe(days.mon[0]);
  });

  it.each([["930", "09:30"], ["2100", "21:00"], ["9:05", "09:05"], ["21:00", "21:00"], ["ab", ""]])("reads %s as %s", (typed, time) => {
    expect(normalizeTime(typed)).toBe(time);
  });
});
