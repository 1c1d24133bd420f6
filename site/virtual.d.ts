declare module 'virtual:archbook/rules' {
  const data: {
    rules: import('../scripts/integration/virtual-modules.ts').PublishedRule[];
    retired: import('../scripts/integration/virtual-modules.ts').PublishedRetiredRule[];
  };
  export default data;
}

declare module 'virtual:archbook/site' {
  const site: import('../scripts/integration/virtual-modules.ts').PublishedSite;
  export default site;
}

declare module 'virtual:archbook/kit' {
  const kit: import('../scripts/kit/publish.ts').PublishedKits;
  export default kit;
}

// Starlight's component slots (overridable by its `components` option), as its own components import them.
declare module 'virtual:starlight/components/MobileMenuFooter' {
  const MobileMenuFooter: typeof import('@astrojs/starlight/components/MobileMenuFooter.astro').default;
  export default MobileMenuFooter;
}
