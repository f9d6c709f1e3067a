/** `vnu-jar` exports the path of its `vnu.jar` as a String object. */
declare module 'vnu-jar' {
  const jar: { toString(): string };
  export default jar;
}
