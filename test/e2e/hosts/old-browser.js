// Makes this engine look older than the supported minimum (see README "Browser support").
{
  const supports = CSS.supports.bind(CSS);
  CSS.supports = (...args) => (/light-dark/.test(args.join(' ')) ? false : supports(...args));
  delete HTMLElement.prototype.showPopover;
  delete HTMLElement.prototype.hidePopover;
  delete HTMLElement.prototype.popover;
  delete AbortSignal.any;
}
