import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { GET_TOKENS_HREF, NotEnoughTokens } from "./NotEnoughTokens";

describe("too few tokens", () => {
  it("says how many are missing and links to getting tokens", () => {
    render(<MemoryRouter><NotEnoughTokens price={1250} balance={50} /></MemoryRouter>);
    expect(screen.getByRole("alert")).toHaveTextContent("Not enough tokens: you need 1,200 tokens more.");
    expect(screen.getByRole("link", { name: "Get tokens" })).toHaveAttribute("href", GET_TOKENS_HREF);
  });

  it.each([[50, 50], [50, 80], [50, undefined]])("says nothing for price %s and balance %s", (price, balance) => {
    const { container } = render(<MemoryRouter><NotEnoughTokens price={price} balance={balance} /></MemoryRouter>);
    expect(container).toBeEmptyDOMElement();
  });
});
