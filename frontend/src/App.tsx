export function App() {
  return <main><h1>TeezU</h1></main>;
}
