export { extractQuotes } from "./extract-quotes.js";
