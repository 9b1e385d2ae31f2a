import type { ExportImage } from './composeExportSvg';

/** Chromium gives an empty image for canvas sides above 16384 px. */
const MAX_SIDE = 16384;

/** Rasterises a self-contained SVG at `scale`× pixel density (2× for crisp text in print). */
export const svgToPng = async (image: ExportImage, scale = 2): Promise<Blob> => {
  const factor = Math.min(scale, MAX_SIDE / image.width, MAX_SIDE / image.height);
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * factor);
    canvas.height = Math.round(image.height * factor);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas available');
    context.scale(factor, factor);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, image.width, image.height);
    context.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
};
