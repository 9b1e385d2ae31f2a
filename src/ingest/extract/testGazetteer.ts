import type { Place } from '../../model/place';
import { PLACE_COLUMNS, placeRowSchema } from '../../model/place';
import { parseTable } from '../parseTable';

/*
 * A small gazetteer for tests and the evaluation: every governorate and district of Syria, the
 * Idleb sub-district, and sixty communities (some sharing a name across governorates, so that
 * disambiguation is exercised). Rows are OCHA's (CC BY 3.0 IGO: UN OCHA Syria administrative
 * boundaries and populated places, via HDX), written in data/places.csv form. Community names
 * keep OCHA's spelling ("Saraqab", "Ma'arrat An Nu'man") so that variant spellings are tested.
 */
export const TEST_GAZETTEER_CSV = `
id,level,parent_id,name,alt_names,lat,lon,name_ar
SY,0,,Syrian Arab Republic,Syria,35.01105,38.51123,الجمهورية العربية السورية
SY01,1,SY,Damascus,,33.51563,36.28031,مدينة دمشق
SY02,1,SY,Aleppo,,36.21809,37.64271,حلب
SY03,1,SY,Rural Damascus,Rif Dimashq,33.49203,37.39105,ريف دمشق
SY04,1,SY,Homs,,34.46983,38.37716,حمص
SY05,1,SY,Hama,Hamah,35.22092,37.21228,حماة
SY06,1,SY,Lattakia,Latakia,35.57531,36.02655,اللاذقية
SY07,1,SY,Idleb,Idlib,35.78511,36.68228,إدلب
SY08,1,SY,Al-Hasakeh,Al Ḥasakah|Al Hasakah,36.49148,40.90735,الحسكة
SY09,1,SY,Deir-ez-Zor,Dayr Az Zawr|Deir ez Zor,35.13007,40.32403,دير الزور
SY10,1,SY,Tartous,Tartus,34.95943,36.07793,طرطوس
SY11,1,SY,Ar-Raqqa,Ar Raqqah,36.01153,38.99468,الرقة
SY12,1,SY,Dar'a,Dara|Daraa,32.85649,36.22436,درعا
SY13,1,SY,As-Sweida,As Suwayda,32.74857,36.84675,السويداء
SY14,1,SY,Quneitra,,33.04456,35.79298,القنيطرة
SY0100,2,SY01,Damascus,,33.51563,36.28031,مدينة دمشق
SY0200,2,SY02,Jebel Saman,Jabal Saman,35.99934,37.11369,جبل سمعان
SY0202,2,SY02,Al Bab,,36.36806,37.5597,الباب
SY0203,2,SY02,Afrin,,36.56616,36.79719,عفرين
SY0204,2,SY02,A'zaz,Azaz|Mintaqat Azaz,36.49579,37.17895,اعزاز
SY0205,2,SY02,Menbij,Manbij,36.05477,37.97947,منبج
SY0206,2,SY02,Ain Al Arab,Ayn al Arab,36.58116,38.39287,عين العرب
SY0207,2,SY02,As-Safira,As Safirah,35.79675,37.55314,السفيرة
SY0208,2,SY02,Jarablus,Jarabulus,36.69576,37.86229,جرابلس
SY0301,2,SY03,Rural Damascus,Markaz Rif Dimashq,33.3657,36.31236,مركز ريف دمشق
SY0302,2,SY03,Duma,,33.41868,37.68653,دوما
SY0303,2,SY03,Al Qutayfah,,33.81124,36.82222,القطيفة
SY0304,2,SY03,At Tall,,33.70607,36.36173,التل
SY0305,2,SY03,Yabroud,,33.94244,36.48598,يبرود
SY0306,2,SY03,An Nabk,Al Nabk,34.06836,36.75503,النبك
SY0307,2,SY03,Az-Zabdani,Mintaqat az Zabadani,33.70345,36.12527,الزبداني
SY0308,2,SY03,Qatana,,33.37024,36.031,قطنا
SY0309,2,SY03,Darayya,,33.44913,36.23246,داريا
SY0401,2,SY04,Homs,Mintaqat Markaz Homs,34.40133,37.11285,مركز حمص
SY0402,2,SY04,Al-Qusayr,Al Qusayr,34.54496,36.56399,القصير
SY0403,2,SY04,Tall Kalakh,,34.71844,36.2914,تلكلخ
SY0404,2,SY04,Ar-Rastan,Ar Rastan,34.89906,36.77672,الرستن
SY0405,2,SY04,Tadmor,Tadmur,34.4448,38.87536,تدمر
SY0406,2,SY04,Al Makhrim,Al Mukharram,34.81059,37.49568,المخرم
SY0501,2,SY05,Hama,Mintaqat Markaz Hamah,35.23374,36.89548,مركز حماة
SY0502,2,SY05,As-Suqaylabiyah,As Suqaylibiyah,35.46477,36.33419,السقيلبية
SY0503,2,SY05,As-Salamiyeh,Salamiyah,35.1876,37.65624,السلمية
SY0504,2,SY05,Masyaf,,35.05894,36.36811,مصياف
SY0505,2,SY05,Muhradah,,35.29491,36.55754,محردة
SY0600,2,SY06,Lattakia,Latakia,35.71831,35.93589,مركز اللاذقية
SY0602,2,SY06,Jablah,,35.31967,36.0669,جبلة
SY0603,2,SY06,Al-Haffa,Al Haffah,35.62517,36.10538,الحفة
SY0604,2,SY06,Al-Qardaha,Qardahah,35.45356,36.09252,القرداحة
SY0700,2,SY07,Idleb,Markaz Idlib,35.89088,36.79118,مركز إدلب
SY0702,2,SY07,Al Ma'ra,Al Mara|Maarat al-Numaan,35.55643,36.79443,معرة النعمان
SY0703,2,SY07,Harim,,36.15027,36.57535,حارم
SY0704,2,SY07,Jisr-Ash-Shugur,Jisr ash Shughur,35.87026,36.31879,جسر الشغور
SY0705,2,SY07,Ariha,,35.76563,36.54603,أريحا
SY0800,2,SY08,Al-Hasakeh,Al Hasakah,36.21004,40.78256,مركز الحسكة
SY0802,2,SY08,Quamishli,Al Qamishli,36.85474,41.30421,القامشلي
SY0803,2,SY08,Al-Malikeyyeh,Al Malikiyah,36.97752,41.99446,المالكية
SY0804,2,SY08,Ras Al Ain,Ras al Ayn,36.69309,40.14057,رأس العين
SY0901,2,SY09,Deir-ez-Zor,Deir ez Zor,35.45432,40.17303,مركز دير الزور
SY0902,2,SY09,Abu Kamal,Albu Kamal,34.5637,40.57981,البوكمال
SY0903,2,SY09,Al Mayadin,,34.91408,40.43826,الميادين
SY1000,2,SY10,Tartous,,34.83399,35.98747,مركز طرطوس
SY1002,2,SY10,Banyas,Baniyas,35.14537,36.09087,بانياس
SY1003,2,SY10,Safita,,34.8215,36.15309,صافيتا
SY1004,2,SY10,Dreikish,,34.92561,36.14137,دريكيش
SY1005,2,SY10,Sheikh Badr,,35.02542,36.08942,الشيخ بدر
SY1101,2,SY11,Ar-Raqqa,Ar Raqqah,35.91996,39.16788,مركز الرقة
SY1102,2,SY11,Tell Abiad,Tall Abyad,36.44243,39.24366,تل أبيض
SY1103,2,SY11,Ath-Thawrah,Ath Thawrah,35.75012,38.53978,الثورة
SY1200,2,SY12,Dar'a,Dara|Markaz Daraa,32.63058,36.20789,درعا
SY1202,2,SY12,As-Sanamayn,As Sanamayn,33.10517,36.27495,الصنمين
SY1203,2,SY12,Izra',Izra,32.87439,36.1803,ازرع
SY1300,2,SY13,As-Sweida,Markaz as Suwayda,32.75432,36.90226,مركز السويداء
SY1302,2,SY13,Salkhad,,32.50327,36.8847,صلخد
SY1303,2,SY13,Shahba,,32.98453,36.72129,شهبا
SY1400,2,SY14,Quneitra,Markaz al Quneitra,33.10806,35.80854,مركز القنيطرة
SY1402,2,SY14,Al Fiq,,32.8376,35.7423,فيق
SY070000,3,SY0700,Idleb,,35.91509,36.57808,مركز إدلب
C1001,4,SY0100,Damascus,,33.5102,36.29128,دمشق
C1007,4,SY0200,Aleppo,,36.2031147,37.140868,حلب
C2987,4,SY0501,Hama,,35.1294398,36.7537045,حماة
C2528,4,SY0401,Homs,,34.7227157,36.7148242,حمص
C3871,4,SY0700,Idleb,,35.9319912,36.6349095,إدلب
C5086,4,SY0901,Deir-ez-Zor,,35.3377492,40.1397698,دير الزور
C5710,4,SY1101,Ar-Raqqa,,35.9644702,38.9962876,الرقة
C5993,4,SY1200,Dar'a,,32.6187165,36.1134217,درعا
C3480,4,SY0600,Lattakia,,35.5129779,35.7763531,اللاذقية
C4360,4,SY0800,Al-Hasakeh,,36.5116458,40.7572606,الحسكة
C5221,4,SY1000,Tartous,,34.8929787,35.8831857,طرطوس
C6147,4,SY1300,As-Sweida,,32.7117962,36.5673698,السويداء
C4278,4,SY0705,Ariha,,35.8123354,36.6109783,أريحا
C3916,4,SY0700,Saraqab,,35.8660402,36.8033603,سراقب
C3985,4,SY0702,Ma'arrat An Nu'man,,35.6483791,36.6760191,معرة النعمان
C3987,4,SY0702,Khan Shaykun,,35.4430863,36.6453303,خان شيخون
C4068,4,SY0702,Kafr Nobol,,35.6134143,36.5610263,كفر نبل
C4199,4,SY0704,Jisr-Ash-Shugur,,35.818763,36.3215353,جسر الشغور
C4126,4,SY0703,Dana,,36.2127277,36.7689761,الدانا
C3904,4,SY0700,Bennsh,,35.9566587,36.7141585,بنش
C3932,4,SY0700,Teftnaz,,35.9966416,36.7854239,تفتناز
C3953,4,SY0700,Sarmin,,35.9040102,36.723823,سرمين
C4140,4,SY0703,Salqin,,36.1376282,36.4531219,سلقين
C4115,4,SY0703,Harim,,36.2095084,36.5197747,حارم
C4252,4,SY0704,Darkosh,,35.9917147,36.3925353,دركوش
C4176,4,SY0703,Armanaz,,36.0824036,36.4980226,أرمناز
C1022,4,SY0200,Atareb,,36.138123,36.8219095,الأتارب
C1202,4,SY0202,Al Bab,,36.3706082,37.5147552,الباب
C1767,4,SY0205,Menbij,,36.5271561,37.9521137,منبج
C1564,4,SY0204,Azaz,,36.585896,37.0456495,أعزاز
C1366,4,SY0203,Afrin,,36.513306,36.8636563,عفرين
C2227,4,SY0208,Jarablus,,36.8186043,38.0103921,جرابلس
C1621,4,SY0204,Tall Refaat,,36.47315,37.0954215,تل رفعت
C2338,4,SY0302,Duma,,33.5698594,36.399142,دوما
C2342,4,SY0302,Harasta,,33.5583703,36.3640032,حرستا
C4564,4,SY0802,Quamishli,,37.0480235,41.225161,القامشلي
C4988,4,SY0804,Ras Al Ain,,36.8517871,40.069229,رأس العين
C5792,4,SY1102,Tell Abiad,,36.6978399,38.9547979,تل أبيض
C5905,4,SY1102,Ein Issa,,36.3856873,38.8586943,عين عيسى
C5929,4,SY1103,Al-Thawrah,,35.8356633,38.5472258,الثورة
C5167,4,SY0902,Abu Kamal,,34.4548937,40.9170552,البوكمال
C5192,4,SY0903,Al Mayadin,,35.0209999,40.4517407,الميادين
C5175,4,SY0902,Hajin,,34.6926017,40.8255793,هجين
C2870,4,SY0404,Ar-Rastan,,34.9437354,36.7446771,الرستن
C2882,4,SY0404,Talbiseh,,34.843745,36.7301174,تلبيسة
C3244,4,SY0503,As-Salamiyeh,,35.0119139,37.0511471,السلمية
C6124,4,SY1203,Nawa,,32.8910276,36.0434586,نوى
C6111,4,SY1203,Jasim,,32.9864609,36.0627388,جاسم
C6002,4,SY1200,Busra Esh-Sham,,32.5159144,36.47635,بصرى الشام
C3463,4,SY0505,Kafr Zeita,,35.3721584,36.6000975,كفر زيتا
C4121,4,SY0703,Sarmada,,36.1802487,36.7184734,سرمدا
C4157,4,SY0703,Kafr Takharim,,36.1171394,36.5151212,كفر تخاريم
C2323,4,SY0301,Hama,,33.5606422,36.2200539,الهامة
C4177,4,SY0703,Quneitra,,35.9822996,36.5289726,القنيطرة
C1919,4,SY0205,Hamra,,36.0765954,37.9842703,الحمرة
C2743,4,SY0402,Hamra,,34.5618438,36.6725006,الحمراء
C3096,4,SY0501,Hamra,,35.3127568,37.0830697,الحمراء
C4908,4,SY0803,Hamra,,37.0724323,41.8569826,الحمراء
C5977,4,SY1103,Hamra,,36.0733924,38.184177,الحمرة
C3947,4,SY0700,Ma'arrat Tamasrin,,36.0148855,36.6725707,معر تمصرين
`;

export const testGazetteer = (): Place[] => {
  const parsed = parseTable(TEST_GAZETTEER_CSV.trim(), {
    file: 'testGazetteer',
    columns: PLACE_COLUMNS,
    rowSchema: placeRowSchema,
  });
  if (parsed.issues.length > 0) throw new Error(`test gazetteer: ${parsed.issues[0]?.message}`);
  return parsed.records.map((r) => r.record);
};
