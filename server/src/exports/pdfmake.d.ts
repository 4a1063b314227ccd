/**
 * The few parts of pdfmake 0.3's server API Polku uses (the package ships no types, and
 * @types/pdfmake describes 0.2). The document definition stays loosely typed: pdfmake checks it.
 */
declare module "pdfmake" {
  type Policy = (target: string) => boolean;
  type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };
  const pdfmake: {
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(policy: Policy): void;
    setLocalAccessPolicy(policy: Policy): void;
    createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
  };
  export default pdfmake;
}
