declare module 'virtual:archbook/rules' {
  const data: {
    rules: import('../scripts/integration/virtual-rules.ts').PublishedRule[];
    retired: import('../scripts/integration/virtual-rules.ts').PublishedRetiredRule[];
  };
  export default data;
}
