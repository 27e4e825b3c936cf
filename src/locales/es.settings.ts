// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s00b78a: `Equativ lo utiliza para asignar sus casos a un equipo de servicio local.`,
  s127d59: `Se cierra un caso`,
  s14b32c: `Cargando su configuración…`,
  s87afac: `Un caso cambia de estado`,
  s90a6d0: `Guardar la configuración`,
  sa16df0: `Inicie sesión para cambiar su configuración.`,
  sa29df0: `Su configuración se ha guardado.`,
  sa4bc40: `Enviarme un correo electrónico cuando`,
  sb6144a: `El soporte responde a un caso`,
  se0ec65: `Encuestas de satisfacción`,
  sefcf95: `Idioma`,
  sf62a74: `Se crea un caso`,
};
