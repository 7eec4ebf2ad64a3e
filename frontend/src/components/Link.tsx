import { Link as RouterLink, type LinkProps } from "react-router";

/**
 * A link inside the app: a real <a href> that React Router follows without a reload (a click with
 * a modifier key, or another button, is left to the browser). discover="none": this app has no
 * route manifest to discover, so no data-discover attribute either.
 */
export function Link(props: LinkProps & { to: string }) {
  return <RouterLink discover="none" {...props} />;
}
