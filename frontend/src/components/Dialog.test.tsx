import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { Dialog } from "./Dialog";

function Harness({ onClose }: { onClose: () => void }) {
  const [step, setStep] = useState(0);
  return (
    <>
      <button>outside</button>
      <Dialog title="Pay" onClose={onClose}>
        {step === 0 ? <button onClick={() => setStep(1)}>confirm</button> : <p>done</p>}
        {step === 0 && <button>cancel</button>}
      </Dialog>
    </>
  );
}

describe("Dialog", () => {
  it("moves focus inside, keeps Tab inside and closes on Escape", () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    expect(screen.getByText("confirm")).toHaveFocus();
    fireEvent.keyDown(screen.getByText("confirm"), { key: "Tab", shiftKey: true });
    expect(screen.getByText("cancel")).toHaveFocus();
    fireEvent.keyDown(screen.getByText("cancel"), { key: "Tab" });
    expect(screen.getByText("confirm")).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("still answers the keyboard when the focused button is replaced by the next step", () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    fireEvent.click(screen.getByText("confirm")); // the button goes away; focus falls to <body>
    expect(screen.getByRole("dialog")).not.toContainElement(document.activeElement as HTMLElement);
    fireEvent.keyDown(document.body, { key: "Tab" });
    expect(screen.getByRole("dialog")).toHaveFocus(); // nothing focusable left: the dialog itself
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
