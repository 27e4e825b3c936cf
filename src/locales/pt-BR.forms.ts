// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s33c516: `Enviado`,
  s429516: str`Grande demais: os arquivos podem ter no máximo ${0}.`,
  s8e12b0: `O envio de arquivos não está disponível: o serviço de suporte não está configurado.`,
  s9247d8: `Fazer uma captura`,
  s94caba: str`Enviando… ${0}%`,
  sa8df22: `Falha no envio:`,
  sb77fa6: `Este arquivo está vazio.`,
  sd20fe8: `Arquivos anexados`,
  sd8ae51: str`Enviando ${0}`,
  sdac586: `Este tipo de arquivo não pode ser anexado. Use imagens, PDF, texto, CSV, JSON, ZIP, documentos do Office ou vídeos.`,
  se9797f: str`Escolha arquivos, arraste-os até aqui ou cole uma captura de tela. Até ${0} por arquivo. Para a saída do console das ferramentas de desenvolvedor do Chrome, anexe uma captura de tela.`,
};
