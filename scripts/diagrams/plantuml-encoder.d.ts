declare module 'plantuml-encoder' {
  /** Deflate + PlantUML's base64 variant: the text form PlantUML servers and the online editor read. */
  const encoder: {
    encode(text: string): string;
    decode(encoded: string): string;
  };
  export default encoder;
}
