declare module 'virtual:archbook/diagrams' {
  const diagrams: import('../../../scripts/diagrams/published.ts').PublishedDiagram[];
  export default diagrams;
}
