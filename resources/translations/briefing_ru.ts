<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../briefing/gui/app.py" line="38"/>
        <location filename="../../briefing/gui/startup.py" line="18"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/app.py" line="38"/>
        <source>Something went wrong: {0}

The details were printed on the console.</source>
        <translation>Произошла ошибка: {0}

Подробности выведены в консоль.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="72"/>
        <source>Checked the database and took today&apos;s backup.</source>
        <translation>База данных проверена, резервная копия за сегодня создана.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="69"/>
        <source>The search index was out of step with the visits and has been rebuilt; searches find everything again.</source>
        <translation>Поисковый индекс разошёлся с визитами и был перестроен; поиск снова находит всё.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="80"/>
        <source>Today&apos;s backup could not be taken: {0}.</source>
        <translation>Не удалось создать резервную копию за сегодня: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="85"/>
        <source>Database damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="87"/>
        <source>Some of what it holds may be lost or unreadable. Restore the newest backup taken before the damage; the damaged file is kept. Until then, avoid saving changes.</source>
        <translation>Часть данных может быть утрачена или нечитаема. Восстановите последнюю резервную копию, сделанную до повреждения; повреждённый файл сохраняется. До этого не сохраняйте изменения.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="90"/>
        <source>Restore from backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="91"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="112"/>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="52"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="112"/>
        <source>Replace everything in {0} with the backup of {1}?</source>
        <translation>Заменить всё содержимое {0} резервной копией от {1}?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="113"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="114"/>
        <source>The backup holds {0}. The database as it is now is backed up first, so you can go back to it the same way.</source>
        <translation>В копии: {0}. Текущая база данных сначала копируется, так что к ней можно вернуться тем же способом.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="122"/>
        <source>Restore failed</source>
        <translation>Восстановление не удалось</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="123"/>
        <source>The backup was not restored.</source>
        <translation>Резервная копия не восстановлена.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/backup_restore.py" line="125"/>
        <source>Restored the backup of {0}; the database as it was is kept as {1}.</source>
        <translation>Восстановлена копия от {0}; прежняя база сохранена как {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="39"/>
        <source>{0}.json</source>
        <translation>{0}.json</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="41"/>
        <source>Briefing export {0}.json</source>
        <translation>Экспорт Briefing {0}.json</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="42"/>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="20"/>
        <source>Export data</source>
        <translation>Экспорт данных</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="42"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="43"/>
        <source>the data</source>
        <translation>данные</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="49"/>
        <source>Export visit list as CSV</source>
        <translation>Экспорт списка визитов в CSV</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="49"/>
        <source>Visits {0}.csv</source>
        <translation>Визиты {0}.csv</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="50"/>
        <location filename="../../briefing/gui/data_export.py" line="60"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="52"/>
        <source>the visit list</source>
        <translation>список визитов</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="58"/>
        <source>Export agreements as CSV</source>
        <translation>Экспорт документов в CSV</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="58"/>
        <source>Agreements {0}.csv</source>
        <translation>Документы {0}.csv</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="62"/>
        <source>the agreements</source>
        <translation>документы</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="92"/>
        <source>Exported {0} to {1}.</source>
        <translation>Экспортировано ({0}) в {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="102"/>
        <source>Choose a file name for a new or an existing file</source>
        <translation>Выберите имя нового или существующего файла</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="103"/>
        <source>Choose a folder you can write to</source>
        <translation>Выберите папку, доступную для записи</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="104"/>
        <location filename="../../briefing/gui/main_window.py" line="107"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_export.py" line="105"/>
        <source>{0}{1} could not be written to {2}: {3}.

Nothing was written there. {4} and export again.</source>
        <translation>Не удалось записать ({0}{1}) в {2}: {3}.

Туда ничего не записано. {4} и повторите экспорт.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="21"/>
        <source>Correct the file and import it again; nothing was changed.</source>
        <translation>Исправьте файл и импортируйте его снова; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="37"/>
        <source>Import visits</source>
        <translation>Импорт визитов</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="38"/>
        <source>Briefing JSON (*.json);;Briefing database (*.sqlite *.db);;All files (*)</source>
        <translation>JSON Briefing (*.json);;База Briefing (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="66"/>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="67"/>
        <source>Everything in {0} is already in the database: {1}.</source>
        <translation>Всё содержимое {0} уже есть в базе: {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="89"/>
        <location filename="../../briefing/gui/dialogs/import_summary_dialog.py" line="21"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="89"/>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="98"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="103"/>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="105"/>
        <source>Import refused</source>
        <translation>Импорт отклонён</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="105"/>
        <source>{0} cannot be imported: {1}.

{2}</source>
        <translation>Невозможно импортировать {0}: {1}.

{2}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="108"/>
        <location filename="../../briefing/gui/data_import.py" line="110"/>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/data_import.py" line="111"/>
        <source>{0} could not be imported: {1}.

Nothing was changed. Check that the file is a Briefing export and can be read, then import it again.</source>
        <translation>Не удалось импортировать {0}: {1}.

Ничего не изменено. Убедитесь, что это читаемый файл экспорта Briefing, и повторите импорт.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="24"/>
        <source>Add agreement</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="35"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="65"/>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="52"/>
        <source>The visit has no participants yet: add them on the Participants tab first.</source>
        <translation>У визита ещё нет участников: сначала добавьте их на вкладке «Участники».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="53"/>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="37"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="48"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="54"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="55"/>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="47"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="55"/>
        <source>St&amp;atus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="56"/>
        <source>Signed &amp;on:</source>
        <translation>&amp;Дата подписания:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="57"/>
        <source>Si&amp;gnatories:</source>
        <translation>Подп&amp;исанты:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/agreement_dialog.py" line="97"/>
        <source>Edit agreement</source>
        <translation>Изменить документ</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="22"/>
        <source>Add cooperation area</source>
        <translation>Добавить направление сотрудничества</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="28"/>
        <source>e.g. Logistics</source>
        <translation>напр. Логистика</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="31"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="32"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="33"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/area_dialog.py" line="58"/>
        <source>Edit cooperation area</source>
        <translation>Изменить направление сотрудничества</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="26"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="36"/>
        <location filename="../../briefing/gui/pdf_export.py" line="215"/>
        <source>Export country dossier</source>
        <translation>Экспорт странового досье</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="39"/>
        <source>Every visit with the country, as host or guest, in one Word document: a cover page, contents, a timeline of visits and agreements, then each visit, newest first.</source>
        <translation>Все визиты с участием страны — как принимающей, так и приглашённой стороны — в одном документе Word: титульный лист, содержание, хронология визитов и документов, затем каждый визит, начиная с последнего.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="42"/>
        <source>Every visit with the country, as host or guest, in one PDF: a cover page, contents, a timeline of visits and agreements, then each visit, newest first.</source>
        <translation>Все визиты с участием страны — как принимающей, так и приглашённой стороны — в одном PDF: титульный лист, содержание, хронология визитов и документов, затем каждый визит, начиная с последнего.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="50"/>
        <location filename="../../briefing/gui/widgets/person_combo.py" line="44"/>
        <source>Type part of a name, or choose from the list</source>
        <translation>Введите часть названия или выберите из списка</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="57"/>
        <source>Show &amp;all countries, also those without visits</source>
        <translation>Показать &amp;все страны, в том числе без визитов</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="60"/>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="55"/>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="33"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="68"/>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="33"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="121"/>
        <source>There are no visits yet: a dossier gathers the visits with one country.</source>
        <translation>Визитов пока нет: досье собирает визиты с одной страной.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="126"/>
        <source>Choose a country.</source>
        <translation>Выберите страну.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="127"/>
        <location filename="../../briefing/gui/store_texts.py" line="23"/>
        <location filename="../../briefing/gui/widgets/country_combo.py" line="50"/>
        <source>&apos;{0}&apos; is not a country; choose one from the list.</source>
        <translation>«{0}» — не страна; выберите страну из списка.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/dossier_country_dialog.py" line="129"/>
        <source>There are no visits with {0} yet.</source>
        <translation>Визитов с участием страны «{0}» пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="22"/>
        <source>A JSON file with the visits, their records and the people in them: keep it as a copy, or import it into another Briefing with File → Import.</source>
        <translation>Файл JSON с визитами, их записями и участниками: сохраните его как копию или импортируйте в другой Briefing через «Файл → Импорт».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="25"/>
        <source>The &amp;whole database ({0} and everyone known)</source>
        <translation>&amp;Вся база ({0} и все известные лица)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_data_dialog.py" line="28"/>
        <source>The &amp;selected visit</source>
        <translation>Вы&amp;бранный визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="43"/>
        <source>US &amp;Letter</source>
        <translation>US &amp;Letter</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="44"/>
        <source>P&amp;DF (preview, print, save)</source>
        <translation>P&amp;DF (просмотр, печать, сохранение)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="44"/>
        <source>&amp;Word (.docx, for editing)</source>
        <translation>&amp;Word (.docx, для правки)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="45"/>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="57"/>
        <source>Export briefing note</source>
        <translation>Экспорт справочной записки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="71"/>
        <source>e.g. Minister for Foreign Affairs</source>
        <translation>напр. Министр иностранных дел</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="72"/>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="77"/>
        <source>e.g. Director, Africa Department</source>
        <translation>напр. Директор Департамента Африки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="73"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="74"/>
        <source>e.g. West Africa Desk</source>
        <translation>напр. Отдел Западной Африки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="103"/>
        <source>&amp;Classification:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="104"/>
        <source>Printed at the top and bottom of every page. Or type your own.</source>
        <translation>Печатается на каждой странице; можно ввести свой.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="105"/>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="106"/>
        <source>&amp;From:</source>
        <translation>&amp;От кого:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="107"/>
        <source>&amp;Prepared by:</source>
        <translation>По&amp;дготовил:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="108"/>
        <source>&amp;Unit:</source>
        <translation>Подраздел&amp;ение:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="109"/>
        <source>Telep&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="111"/>
        <source>Appr&amp;oved by:</source>
        <translation>У&amp;твердил:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="112"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="117"/>
        <source>Language of the note</source>
        <translation>Язык записки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="119"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="121"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="45"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="75"/>
        <source>e.g. +7 7172 72 00 00</source>
        <translation>напр. +7 7172 72 00 00</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="76"/>
        <source>e.g. Head of the West Africa Desk</source>
        <translation>напр. начальник отдела Западной Африки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="110"/>
        <source>Cleared &amp;by:</source>
        <translation>&amp;Согласовал:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="118"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="144"/>
        <source>The organisation&apos;s name and logo in the header are set in Edit → Preferences.</source>
        <translation>Название и логотип в шапке задаются в «Правка → Настройки».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="226"/>
        <source>Choose a classification label or type your own.</source>
        <translation>Выберите гриф или введите свой.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/export_options_dialog.py" line="228"/>
        <source>Choose at least one section.</source>
        <translation>Выберите хотя бы один раздел.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="23"/>
        <source>Add follow-up action</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="30"/>
        <source>Unit or person responsible</source>
        <translation>Ответственное подразделение или лицо</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="33"/>
        <source>&amp;Action:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="34"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="35"/>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="36"/>
        <source>&amp;Status:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_up_dialog.py" line="63"/>
        <source>Edit follow-up action</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="139"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="95"/>
        <source>{0} problem</source>
        <translation>Ошибка: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="216"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="430"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="216"/>
        <source>What you changed in this form is not saved.</source>
        <translation>Изменения в этой форме не сохранены.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="217"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="432"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="217"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="432"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить редактирование</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="293"/>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="161"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="409"/>
        <location filename="../../briefing/gui/pdf_export.py" line="150"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/form_dialog.py" line="294"/>
        <source>Nothing was saved; what you typed is still in the form.</source>
        <translation>Ничего не сохранено; введённые данные остались в форме.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="20"/>
        <source>Add history entry</source>
        <translation>Добавить справку</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="25"/>
        <location filename="../../briefing/gui/widgets/date_field.py" line="25"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="27"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="28"/>
        <source>Optional. A year (2019) or a month (2019-04) will do.</source>
        <translation>Необязательно. Достаточно года (2019) или месяца (2019-04).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="29"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Что произошло:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/history_dialog.py" line="53"/>
        <source>Edit history entry</source>
        <translation>Изменить справку</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/import_summary_dialog.py" line="26"/>
        <source>Import {0}?</source>
        <translation>Импортировать {0}?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/import_summary_dialog.py" line="30"/>
        <source>The file is written in one step: all of it or nothing. A backup of the database is taken first, so File → Restore from backup can take the import back.</source>
        <translation>Файл записывается за один шаг: целиком или никак. Сначала создаётся резервная копия базы, поэтому импорт можно отменить через «Файл → Восстановить из копии».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/import_summary_dialog.py" line="34"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="26"/>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="32"/>
        <source>&amp;Existing person</source>
        <translation>&amp;Известное лицо</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="33"/>
        <source>Ne&amp;w person</source>
        <translation>&amp;Новое лицо</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="46"/>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="29"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="50"/>
        <source>e.g. Minister of Foreign Affairs</source>
        <translation>напр. Министр иностранных дел</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="51"/>
        <source>Person:</source>
        <translation>Лицо:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="53"/>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="31"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="54"/>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="32"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="56"/>
        <source>&amp;Side:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="57"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="58"/>
        <source>&amp;Title at the time:</source>
        <translation>&amp;Должность на тот момент:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="120"/>
        <source>No one called &apos;{0}&apos; is known; choose from the list or add a new person.</source>
        <translation>Лицо с именем «{0}» не найдено; выберите из списка или добавьте новое лицо.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/participant_dialog.py" line="134"/>
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="65"/>
        <source>Preview — {0}</source>
        <translation>Просмотр — {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="73"/>
        <source>Preview of the {0}</source>
        <translation>Просмотр: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="80"/>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="81"/>
        <source>Whole pa&amp;ge</source>
        <translation>Стр&amp;аница целиком</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="93"/>
        <source>&amp;Open after export</source>
        <translation>&amp;Открыть после экспорта</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="97"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="105"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="99"/>
        <location filename="../../briefing/gui/window_actions.py" line="82"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="133"/>
        <source>The {0} could not be shown here; it can still be saved.</source>
        <translation>Документ ({0}) не удалось показать здесь, но его можно сохранить.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="135"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="151"/>
        <source>Save {0}</source>
        <translation>Сохранить: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="152"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/pdf_preview_dialog.py" line="162"/>
        <source>The {0} could not be written to {1}: {2}.

Choose another folder (one you can write to) or another file name, and save again.</source>
        <translation>Не удалось записать ({0}) в {1}: {2}.

Выберите другую папку (доступную для записи) или другое имя файла и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="44"/>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="54"/>
        <location filename="../../briefing/gui/window_actions.py" line="110"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="47"/>
        <source>Find people by name</source>
        <translation>Поиск лиц по имени</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="50"/>
        <source>Find people</source>
        <translation>Поиск лиц</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="68"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="61"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="69"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="63"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="70"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="71"/>
        <source>Select two records of the same person to make them one</source>
        <translation>Выберите две записи об одном человеке, чтобы объединить их</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="72"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="65"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="114"/>
        <source>Showing the first {0}; type to narrow down.</source>
        <translation>Показаны первые {0}; уточните запрос.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="116"/>
        <source>No people match ‘{0}’.</source>
        <translation>Нет лиц, подходящих под «{0}».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="116"/>
        <source>No people yet.</source>
        <translation>Лиц пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="156"/>
        <source>People not merged</source>
        <translation>Записи не объединены</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="184"/>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="185"/>
        <source>Delete person</source>
        <translation>Удалить лицо</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="184"/>
        <source>Delete {0}?</source>
        <translation>Удалить {0}?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/merge_people_dialog.py" line="28"/>
        <source>Merge people</source>
        <translation>Объединение записей о людях</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/merge_people_dialog.py" line="31"/>
        <source>Keep which record? The other one&apos;s visits, signatures and biography move to it, and the other record is deleted.</source>
        <translation>Какую запись сохранить? Визиты, подписи и биография другой записи перейдут к ней, а другая запись будет удалена.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/merge_people_dialog.py" line="38"/>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="186"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="263"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="224"/>
        <source>You can undo this with Edit → Undo (Ctrl+Z).</source>
        <translation>Это можно отменить: «Правка → Отменить» (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/merge_people_dialog.py" line="41"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="30"/>
        <source>Cannot delete person</source>
        <translation>Невозможно удалить лицо</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="36"/>
        <source>{0} takes part in {1}.</source>
        <translation>{0}: участие в визитах — {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="40"/>
        <source>Visits with this person</source>
        <translation>Визиты с участием этого человека</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="45"/>
        <source>Remove them from these visits first, or merge them into another person with Merge… in People.</source>
        <translation>Сначала исключите этого человека из этих визитов или объедините его с другой записью (кнопка «Объединить…» в окне «Лица»).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/people_dialog.py" line="197"/>
        <source>Person not deleted</source>
        <translation>Лицо не удалено</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="21"/>
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="26"/>
        <source>Full name as it should appear in the briefing</source>
        <translation>Полное имя, как оно должно стоять в записке</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="28"/>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="70"/>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>напр. Министерство иностранных дел</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="34"/>
        <source>&amp;Biography:</source>
        <translation>&amp;Биография:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="66"/>
        <source>Edit person</source>
        <translation>Изменить лицо</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/person_dialog.py" line="73"/>
        <source>Takes part in {0}; a change shows in all of them.</source>
        <translation>Участвует: {0}; изменение отразится везде.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="39"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="48"/>
        <source>{0} in {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="48"/>
        <source>No backups yet</source>
        <translation>Копий пока нет</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="65"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="77"/>
        <source>Logo preview</source>
        <translation>Предпросмотр логотипа</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="80"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="81"/>
        <source>C&amp;lear</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="93"/>
        <source>Briefing note header</source>
        <translation>Шапка справочной записки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="96"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="99"/>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="104"/>
        <source>Choo&amp;se…</source>
        <translation>Выбрать &amp;шаблон…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="105"/>
        <source>Clea&amp;r</source>
        <translation>Уб&amp;рать шаблон</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="112"/>
        <source>Word template:</source>
        <translation>Шаблон Word:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="119"/>
        <source> copies</source>
        <translation> копий</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="127"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="130"/>
        <source>&amp;Window and notes:</source>
        <translation>О&amp;кно и записки:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="136"/>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="63"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="139"/>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Хранить последние:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="142"/>
        <source> in {0}</source>
        <comment>where backups are kept</comment>
        <translation> в папке {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="198"/>
        <source>Choose the logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="204"/>
        <source>Choose the Word template</source>
        <translation>Выбор шаблона Word</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="210"/>
        <source>Word template not used</source>
        <translation>Шаблон Word не используется</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="211"/>
        <source>{0} {1}.

Choose a Word document (.docx) whose styles, page set-up and header the notes should take.</source>
        <translation>{0} {1}.

Выберите документ Word (.docx), стили, параметры страницы и колонтитул которого должны использоваться в записках.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="220"/>
        <source>Optional: a .docx whose styles, fonts, page set-up and header logo the Word export takes.</source>
        <translation>Необязательно: файл .docx, стили, шрифты, параметры страницы и логотип в колонтитуле которого применяются при экспорте в Word.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="235"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="236"/>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="253"/>
        <source>Logo not used</source>
        <translation>Логотип не используется</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="254"/>
        <source>{0} {1}.

Choose a PNG or JPEG file of at most {2} MB and {3} million pixels.</source>
        <translation>{0}: {1}.

Выберите файл PNG или JPEG не больше {2} МБ и {3} млн пикселей.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="259"/>
        <source>Not used</source>
        <translation>Не используется</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="260"/>
        <source>The logo is not used: {0} {1}. Choose it again or clear it.</source>
        <translation>Логотип не используется: {0}: {1}. Выберите его заново или удалите.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="302"/>
        <source>Preferences not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="303"/>
        <source>The logo could not be copied to {0}: {1}.

Make that folder writable, or clear the logo, and press OK again.</source>
        <translation>Не удалось скопировать логотип в {0}: {1}.

Откройте эту папку для записи или удалите логотип и снова нажмите OK.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="272"/>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>A copy of the database is taken once a day and before every upgrade{0}. Copies older than {1} days are deleted, and the oldest first when all would take more than {2}; the newest is always kept.</source>
        <translation>Копия базы делается раз в день и перед каждым обновлением{0}. Копии старше {1} дней удаляются, а самые старые — первыми, когда все вместе заняли бы больше {2}; самая новая сохраняется всегда.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="151"/>
        <source>Room the backups take</source>
        <translation>Место, занятое копиями</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="152"/>
        <source>Room taken:</source>
        <translation>Занято:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="273"/>
        <source>Optional: a PNG or JPEG printed left of the organisation&apos;s name.</source>
        <translation>Необязательно: PNG или JPEG слева от названия организации.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="287"/>
        <source>Notes are exported in this language unless you choose another.</source>
        <translation>Записки экспортируются на этом языке, если не выбран другой.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="59"/>
        <source>Press releases (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>Пресс-релизы (*.txt *.html *.htm *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="60"/>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="85"/>
        <source>New visit from press release</source>
        <translation>Новый визит по пресс-релизу</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="61"/>
        <source>Merge a press release into a visit</source>
        <translation>Объединение пресс-релиза с визитом</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="62"/>
        <source>Paste the text of a press release, or open a .txt, .html or .pdf file. It is read on this computer; you check what was found before anything is saved.</source>
        <translation>Вставьте текст пресс-релиза или откройте файл .txt, .html или .pdf. Текст обрабатывается на этом компьютере; найденное вы проверяете до сохранения.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="93"/>
        <source>&amp;Read press release</source>
        <translation>&amp;Прочитать пресс-релиз</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="94"/>
        <source>&amp;Back to the text</source>
        <translation>&amp;Назад к тексту</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="126"/>
        <source>Paste the press release here…</source>
        <translation>Вставьте пресс-релиз сюда…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="127"/>
        <source>Press release to read</source>
        <translation>Пресс-релиз для чтения</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="128"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="161"/>
        <source>Add a participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="162"/>
        <source>Remove the selected participant: the text did not mean them</source>
        <translation>Убрать выбранного участника: в тексте речь не о нём</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="164"/>
        <source>Add a cooperation area</source>
        <translation>Добавить направление</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="165"/>
        <source>Remove the selected area: the text did not mean it</source>
        <translation>Убрать выбранное направление: в тексте речь не о нём</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="167"/>
        <source>Add an agreement</source>
        <translation>Добавить соглашение</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="168"/>
        <source>Remove the selected agreement: the text did not mean it</source>
        <translation>Убрать выбранное соглашение: в тексте речь не о нём</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="171"/>
        <source>How sure the reader is: {0}. Select a field to see where it comes from.</source>
        <translation>Степень уверенности: {0}. Выберите поле, чтобы увидеть источник.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="176"/>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="195"/>
        <source>Press release: the passage behind the selected field is highlighted</source>
        <translation>Пресс-релиз: выделен фрагмент, из которого взято выбранное поле</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="229"/>
        <source>Paste the text of a press release first, or open a file.</source>
        <translation>Сначала вставьте текст пресс-релиза или откройте файл.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="231"/>
        <source>Reading the text…</source>
        <translation>Чтение текста…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="235"/>
        <source>Open a press release</source>
        <translation>Открыть пресс-релиз</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="237"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="274"/>
        <source>Also keep the {0} found in the text</source>
        <translation>Сохранить также найденное в тексте: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="287"/>
        <source>The file could not be read: {0}.</source>
        <translation>Не удалось прочитать файл: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="289"/>
        <source>The text could not be read ({0}: {1}). Try pasting the text.</source>
        <translation>Не удалось прочитать текст ({0}: {1}). Попробуйте вставить его.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="317"/>
        <source>Existing person{0}</source>
        <translation>Известное лицо{0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="318"/>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="370"/>
        <source>Row {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="372"/>
        <source>, {0} to fix</source>
        <translation>, исправить: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="376"/>
        <source>{0} to fix before saving: see the messages in red.</source>
        <translation>Исправить до сохранения: {0} (см. сообщения красным).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="410"/>
        <source>Nothing was saved; what you checked is still in the form.</source>
        <translation>Ничего не сохранено; проверенные данные остались в форме.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="431"/>
        <source>What you corrected in the review is not saved.</source>
        <translation>Исправления, внесённые при проверке, не сохранены.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="20"/>
        <source>Add quote</source>
        <translation>Добавить высказывание</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="26"/>
        <source>Who said it (a participant&apos;s name is suggested)</source>
        <translation>Кто сказал (предлагаются имена участников)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="33"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="34"/>
        <source>&amp;Words:</source>
        <translation>&amp;Слова:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/quote_dialog.py" line="58"/>
        <source>Edit quote</source>
        <translation>Изменить высказывание</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="33"/>
        <source>Daily</source>
        <comment>why a backup was taken</comment>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="34"/>
        <source>Before an upgrade</source>
        <comment>why a backup was taken</comment>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="35"/>
        <source>Before a restore</source>
        <comment>why a backup was taken</comment>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="36"/>
        <source>Before an import</source>
        <comment>why a backup was taken</comment>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="37"/>
        <source>Taken by hand</source>
        <comment>why a backup was taken</comment>
        <translation>Сделана вручную</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="54"/>
        <source>Restoring replaces everything in the database with the backup&apos;s content. The database as it is now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Восстановление заменяет всё содержимое базы содержимым копии. Текущая база сначала копируется, так что восстановление можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="59"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="59"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="88"/>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="41"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="59"/>
        <source>Taken</source>
        <comment>when a backup was taken</comment>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="71"/>
        <source>No backups yet. Briefing takes one each day it starts, and before every upgrade and import.</source>
        <translation>Резервных копий пока нет. Briefing создаёт копию в каждый день запуска, а также перед каждым обновлением и импортом.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="77"/>
        <source>Backups are kept in {0}</source>
        <translation>Резервные копии хранятся в {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="81"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="110"/>
        <source>Damaged</source>
        <translation>Повреждена</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/restore_backup_dialog.py" line="116"/>
        <source>This backup cannot be read, so it cannot be restored.</source>
        <translation>Эта копия не читается, поэтому её нельзя восстановить.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/talking_point_dialog.py" line="19"/>
        <source>Add talking point</source>
        <translation>Добавить тезис</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/talking_point_dialog.py" line="25"/>
        <source>&amp;Key message:</source>
        <translation>&amp;Ключевой тезис:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/talking_point_dialog.py" line="26"/>
        <source>One message the minister should get across, in a sentence or two.</source>
        <translation>Одна мысль, которую министр должен донести, в одном-двух предложениях.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/talking_point_dialog.py" line="49"/>
        <source>Edit talking point</source>
        <translation>Изменить тезис</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="20"/>
        <location filename="../../briefing/gui/window_actions.py" line="73"/>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="27"/>
        <source>e.g. Official visit of the Foreign Minister of Viet Nam to Greece</source>
        <translation>напр. Официальный визит министра иностранных дел Вьетнама в Грецию</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="28"/>
        <source>Where this comes from: a link or a reference</source>
        <translation>Источник: ссылка или реквизиты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="33"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="75"/>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="38"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="49"/>
        <source>&amp;Guest country:</source>
        <translation>&amp;Страна гостя:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="39"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="50"/>
        <source>&amp;Host country:</source>
        <translation>&amp;Принимающая страна:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="40"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="51"/>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="41"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="52"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="42"/>
        <source>Optional; type YYYY-MM-DD or pick from the calendar.</source>
        <translation>Необязательно; введите ГГГГ-ММ-ДД или выберите в календаре.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="45"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="53"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="46"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="54"/>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="48"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="56"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="49"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="62"/>
        <source>Signi&amp;ficance:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="50"/>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="63"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/visit_dialog.py" line="105"/>
        <location filename="../../briefing/gui/window_actions.py" line="104"/>
        <source>Edit visit</source>
        <translation>Изменить визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>January</source>
        <translation>января</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="10"/>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="11"/>
        <source>December</source>
        <translation>декабря</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="22"/>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>янв.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="22"/>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>февр.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="22"/>
        <source>Mar</source>
        <comment>short month</comment>
        <translation>мар.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="23"/>
        <source>Apr</source>
        <comment>short month</comment>
        <translation>апр.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="23"/>
        <source>May</source>
        <comment>short month</comment>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="23"/>
        <source>Jun</source>
        <comment>short month</comment>
        <translation>июня</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="24"/>
        <source>Jul</source>
        <comment>short month</comment>
        <translation>июля</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="24"/>
        <source>Aug</source>
        <comment>short month</comment>
        <translation>авг.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="24"/>
        <source>Sep</source>
        <comment>short month</comment>
        <translation>сент.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="25"/>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>окт.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="25"/>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>нояб.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="25"/>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>дек.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="48"/>
        <source>until {0}</source>
        <translation>до {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="63"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln визит</numerusform>
            <numerusform>%Ln визита</numerusform>
            <numerusform>%Ln визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="64"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln высказывание</numerusform>
            <numerusform>%Ln высказывания</numerusform>
            <numerusform>%Ln высказываний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="65"/>
        <source>%Ln history note(s)</source>
        <translation>
            <numerusform>%Ln справка</numerusform>
            <numerusform>%Ln справки</numerusform>
            <numerusform>%Ln справок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="66"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="67"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="68"/>
        <source>%Ln participant link(s)</source>
        <translation>
            <numerusform>%Ln участие</numerusform>
            <numerusform>%Ln участия</numerusform>
            <numerusform>%Ln участий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="69"/>
        <source>%Ln cooperation area(s)</source>
        <translation>
            <numerusform>%Ln направление сотрудничества</numerusform>
            <numerusform>%Ln направления сотрудничества</numerusform>
            <numerusform>%Ln направлений сотрудничества</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="70"/>
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документа</numerusform>
            <numerusform>%Ln документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="71"/>
        <source>%Ln history entry(s)</source>
        <translation>
            <numerusform>%Ln справка</numerusform>
            <numerusform>%Ln справки</numerusform>
            <numerusform>%Ln справок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="72"/>
        <source>%Ln talking point(s)</source>
        <translation>
            <numerusform>%Ln тезис</numerusform>
            <numerusform>%Ln тезиса</numerusform>
            <numerusform>%Ln тезисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="73"/>
        <source>%Ln follow-up action(s)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/gui/formatting.py" line="74"/>
        <source>%Ln copy(s)</source>
        <translation>
            <numerusform>%Ln копия</numerusform>
            <numerusform>%Ln копии</numerusform>
            <numerusform>%Ln копий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="84"/>
        <source>{0} GB</source>
        <translation>{0} ГБ</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="84"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="88"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/formatting.py" line="95"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="30"/>
        <source>This database is open read-only: you can read, search and export, but not change anything. To edit, make the file and its folder writable, then start Briefing again.</source>
        <translation>База открыта только для чтения: можно просматривать, искать и экспортировать, но не изменять. Чтобы редактировать, сделайте файл и его папку доступными для записи и перезапустите Briefing.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="43"/>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="44"/>
        <source>{0}{1} — Briefing</source>
        <translation>{0}{1} — Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="92"/>
        <source>Read-only: edits are disabled</source>
        <translation>Только чтение: изменения отключены</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="103"/>
        <source>Saved the {0} to {1}.</source>
        <translation>Сохранено ({0}): {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="105"/>
        <source>Sent the {0} to the printer ({1}).</source>
        <translation>{0}: отправлено на печать ({1}).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="107"/>
        <source>The PDF could not be made: {0}.

Nothing was written. Try again; if it fails again, export with fewer sections to find the part that does not print.</source>
        <translation>Не удалось создать PDF: {0}.

Ничего не записано. Повторите попытку; если ошибка повторится, экспортируйте меньше разделов, чтобы найти тот, что не печатается.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="110"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="167"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Отменить: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="43"/>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="48"/>
        <source>Follow-ups due</source>
        <translation>Невыполненные дальнейшие действия</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="54"/>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="72"/>
        <source>{0} · overdue</source>
        <translation>{0} · просрочено</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="57"/>
        <source>No follow-up is open: every action promised is done or cancelled.</source>
        <translation>Невыполненных действий нет: все намеченные действия выполнены или отменены.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="65"/>
        <source>Status of the selected follow-up</source>
        <translation>Статус выбранного действия</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="66"/>
        <source>&amp;Set status</source>
        <translation>&amp;Установить статус</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="67"/>
        <location filename="../../briefing/gui/main_window.py" line="167"/>
        <location filename="../../briefing/gui/window_actions.py" line="101"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="68"/>
        <location filename="../../briefing/gui/dialogs/person_in_use_dialog.py" line="49"/>
        <source>&amp;Open visit</source>
        <translation>&amp;Открыть визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="70"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="106"/>
        <source>{0} still to do, {1} of them overdue.</source>
        <translation>Не выполнено: {0}, из них просрочено: {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="131"/>
        <source>Undo: {0}</source>
        <translation>Отменить: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="142"/>
        <source>Status not changed</source>
        <translation>Статус не изменён</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/follow_ups_due_dialog.py" line="152"/>
        <source>Nothing undone</source>
        <translation>Ничего не отменено</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="168"/>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>Отменить: {0} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="168"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="175"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="178"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="111"/>
        <source>Select a visit on the left to see it here.</source>
        <translation>Выберите визит слева, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="179"/>
        <source>Create the first visit: File → New visit (Ctrl+N), or here.</source>
        <translation>Создайте первый визит: «Файл → Новый визит» (Ctrl+N) или здесь.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="27"/>
        <source>Added visit “{0}”.</source>
        <translation>Визит «{0}» добавлен.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="28"/>
        <source>Nothing was saved; this is the visit already stored: “{0}”.</source>
        <translation>Ничего не сохранено; это уже сохранённый визит: «{0}».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="29"/>
        <source>Merged into the visit already stored: “{0}”.</source>
        <translation>Объединено с уже сохранённым визитом: «{0}».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="53"/>
        <source>This visit may already be stored</source>
        <translation>Возможно, этот визит уже сохранён</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="59"/>
        <source>Already stored with the same countries on overlapping dates, or the same source: {0}.</source>
        <translation>Уже сохранены с теми же странами на пересекающиеся даты или с тем же источником: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="63"/>
        <source>Visits already stored</source>
        <translation>Уже сохранённые визиты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="69"/>
        <source>Open it to read it, merge into it to add what this one brings without changing what it says, or save this one as another visit.</source>
        <translation>Откройте его для просмотра, объедините, чтобы добавить новые сведения без изменения сохранённых, или сохраните этот визит как отдельный.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="73"/>
        <source>&amp;Open the stored visit</source>
        <translation>&amp;Открыть сохранённый визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="74"/>
        <source>&amp;Merge into it</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/duplicate_visit_dialog.py" line="75"/>
        <source>&amp;Save anyway</source>
        <translation>&amp;Всё равно сохранить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="243"/>
        <source>Added visit “{0}” from a press release.</source>
        <translation>Визит «{0}» добавлен по пресс-релизу.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="263"/>
        <source>Saved visit “{0}”.</source>
        <translation>Визит «{0}» сохранён.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="275"/>
        <source>This deletes the visit and its {0}; the people stay.</source>
        <translation>Будут удалены визит и связанные записи: {0}; лица сохранятся.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="276"/>
        <source>Nothing else is attached to it.</source>
        <translation>Других записей к нему не привязано.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="277"/>
        <location filename="../../briefing/gui/main_window.py" line="278"/>
        <location filename="../../briefing/gui/window_actions.py" line="106"/>
        <source>Delete visit</source>
        <translation>Удалить визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="277"/>
        <source>Delete the visit “{0}”?</source>
        <translation>Удалить визит «{0}»?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="279"/>
        <source>{0}

You can undo this with Edit → Undo (Ctrl+Z).</source>
        <translation>{0}

Это можно отменить: «Правка → Отменить» (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="285"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="290"/>
        <source>Deleted visit “{0}”.</source>
        <translation>Визит «{0}» удалён.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="299"/>
        <source>Not undone</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="307"/>
        <source>Undone: {0}.</source>
        <translation>Отменено: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="345"/>
        <source>Imported {0}.</source>
        <translation>Импортировано: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="373"/>
        <source>Preferences saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="410"/>
        <source>About Briefing</source>
        <translation>О программе Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/main_window.py" line="411"/>
        <source>&lt;h3&gt;Briefing {0}&lt;/h3&gt;&lt;p&gt;Record official visits and ministerial meetings, and export the minister&apos;s briefing note.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Briefing {0}&lt;/h3&gt;&lt;p&gt;Учёт официальных визитов и встреч министров, экспорт справочной записки для министра.&lt;/p&gt;&lt;p&gt;База данных: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="29"/>
        <source>Replace a read-only file?</source>
        <translation>Заменить файл, доступный только для чтения?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="29"/>
        <source>{0} is read-only.</source>
        <translation>Файл {0} доступен только для чтения.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="29"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="30"/>
        <source>It may have been marked read-only so that it is kept as it is. Replace it with {0}?</source>
        <translation>Возможно, его защитили от записи, чтобы сохранить без изменений. Заменить его (новое содержимое: {0})?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="44"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="47"/>
        <source>Wait a moment for the other program to finish saving, then try again.</source>
        <translation>Подождите, пока другая программа закончит сохранение, и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="49"/>
        <source>Make the file (and its folder) writable, then start Briefing again.</source>
        <translation>Сделайте файл (и его папку) доступными для записи и перезапустите Briefing.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/messages.py" line="51"/>
        <source>Try again; if it keeps failing, use File → Restore from backup.</source>
        <translation>Повторите попытку; если ошибка повторяется, воспользуйтесь «Файл → Восстановить из копии».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/attachment_list_model.py" line="14"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="50"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="85"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="40"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/attachment_list_model.py" line="14"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/attachment_list_model.py" line="14"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="51"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="43"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="52"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="44"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="53"/>
        <source>Title at the time</source>
        <translation>Должность на тот момент</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="56"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="48"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="57"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="49"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="58"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="61"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="52"/>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="39"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="62"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="53"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="63"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="82"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="54"/>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="43"/>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="45"/>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="64"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="64"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="68"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="69"/>
        <source>What happened</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="72"/>
        <source>Speaker</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="73"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="76"/>
        <source>Key message</source>
        <translation>Ключевой тезис</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="79"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="80"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="19"/>
        <location filename="../../briefing/gui/models/record_table_models.py" line="81"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/follow_ups_due_model.py" line="71"/>
        <source>No date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="86"/>
        <location filename="../../briefing/gui/models/review_table_model.py" line="42"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/record_table_models.py" line="87"/>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="62"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/review_table_model.py" line="41"/>
        <source>Title</source>
        <comment>a person&apos;s position</comment>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/review_table_model.py" line="45"/>
        <source>In the database</source>
        <translation>В базе</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/review_table_model.py" line="150"/>
        <source> (least sure of the {0})</source>
        <translation> (наименее уверенно: {0})</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="38"/>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="42"/>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="61"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="40"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="41"/>
        <source>Host</source>
        <translation>Принимает</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/visit_list_model.py" line="42"/>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="41"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="38"/>
        <source>The logo is left out: {0} {1}. Choose it again in Edit → Preferences, or clear it there.</source>
        <translation>Логотип не включён: {0}: {1}. Выберите его заново в меню «Правка → Настройки» или удалите там.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="52"/>
        <source>The Word template is left out: {0} {1}. The built-in look is used; choose the template again in Edit → Preferences, or clear it there.</source>
        <translation>Шаблон Word не использован: {0} {1}. Применено встроенное оформление; выберите шаблон заново в меню Правка → Настройки или уберите его там.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="115"/>
        <source>Briefing note: {0}</source>
        <translation>Справочная записка: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="105"/>
        <source>briefing note</source>
        <translation>справочная записка</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="130"/>
        <source>Save briefing note as Word</source>
        <translation>Сохранить справку в формате Word</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/preferences_dialog.py" line="40"/>
        <location filename="../../briefing/gui/pdf_export.py" line="131"/>
        <location filename="../../briefing/gui/pdf_export.py" line="232"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="151"/>
        <source>The {0} could not be written to {1}: {2}.

Choose another folder (one you can write to) or another file name, and export again.</source>
        <translation>Не удалось записать {0} в {1}: {2}.

Выберите другую папку (доступную для записи) или другое имя файла и повторите экспорт.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="157"/>
        <source>Saved, with a part left out</source>
        <translation>Сохранено, но часть не включена</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="200"/>
        <source>country dossier</source>
        <translation>страновое досье</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="201"/>
        <source>Country dossier: {0}</source>
        <translation>Страновое досье: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="216"/>
        <source>Laying out the visits with {0}…</source>
        <translation>Вёрстка визитов: {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/pdf_export.py" line="231"/>
        <source>Save country dossier as Word</source>
        <translation>Сохранить страновое досье в формате Word</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="161"/>
        <location filename="../../briefing/gui/record_kinds.py" line="71"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="26"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="75"/>
        <source>The person stays in the People list; their signatures on this visit&apos;s agreements go.</source>
        <translation>Лицо остаётся в списке лиц; его подписи под документами этого визита удаляются.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="164"/>
        <location filename="../../briefing/gui/record_kinds.py" line="77"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="26"/>
        <source>Cooperation areas</source>
        <translation>Направления сотрудничества</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="77"/>
        <source>cooperation area</source>
        <translation>направление сотрудничества</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="77"/>
        <source>cooperation areas</source>
        <translation>направления сотрудничества</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/dialogs/press_release_dialog.py" line="167"/>
        <location filename="../../briefing/gui/record_kinds.py" line="80"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="27"/>
        <source>Agreements</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="71"/>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="71"/>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="80"/>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="80"/>
        <source>agreements</source>
        <translation>соглашения</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="84"/>
        <location filename="../../briefing/gui/widgets/background_pane.py" line="37"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="84"/>
        <source>history entry</source>
        <translation>справка</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="84"/>
        <source>history entries</source>
        <translation>справки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="87"/>
        <location filename="../../briefing/gui/widgets/background_pane.py" line="38"/>
        <source>Quotes</source>
        <translation>Высказывания</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="87"/>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="87"/>
        <source>quotes</source>
        <translation>цитаты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="90"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="27"/>
        <source>Talking points</source>
        <translation>Тезисы</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="90"/>
        <source>talking point</source>
        <translation>тезис</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="90"/>
        <source>talking points</source>
        <translation>тезисы</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="93"/>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="28"/>
        <source>Follow-ups</source>
        <translation>Дальнейшие действия</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="93"/>
        <source>follow-up action</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/record_kinds.py" line="93"/>
        <source>follow-up actions</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="19"/>
        <source>To work on another database meanwhile, start Briefing with --db and the path of that file (a new path creates a new database).</source>
        <translation>Чтобы пока работать с другой базой, запустите Briefing с параметром --db и путём к её файлу (новый путь создаёт новую базу).</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="34"/>
        <source>{0} was written by a newer version of Briefing (database version {1}). This is Briefing {2}, which reads database versions up to {3}.

Open the file with the newer Briefing, or install it here. The file was not changed.</source>
        <translation>{0} записан более новой версией Briefing (версия базы {1}). Это Briefing {2}, он читает версии базы до {3}.

Откройте файл в новой версии Briefing или установите её здесь. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="52"/>
        <source>Cannot open the database {0}.</source>
        <translation>Невозможно открыть базу {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="53"/>
        <source>Restore backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="44"/>
        <source>

Its visits can still be taken, and only their data: open Briefing on your own database and choose File → Import… with this file</source>
        <translation>

Визиты из этого файла всё же можно перенести (только данные): откройте Briefing на своей базе и выберите Файл → Импорт… и этот файл</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="54"/>
        <source>{0}{1}.

The newest good backup is from {2} and holds {3}. Restoring it puts a copy in place of the file; the file itself is kept beside it, renamed, for a specialist to look at.

</source>
        <translation>{0}{1}.

Последняя исправная копия — от {2}, в ней: {3}. При восстановлении на место файла ставится копия; сам файл сохраняется рядом под другим именем для изучения специалистом.

</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="57"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="75"/>
        <source>Cannot open the database {0}.

{1}{2}.

{3}</source>
        <translation>Невозможно открыть базу {0}.

{1}{2}.

{3}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="86"/>
        <source>The backup of {0} could not be restored: {1}.

{2}</source>
        <translation>Не удалось восстановить копию от {0}: {1}.

{2}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/startup.py" line="89"/>
        <source>Restored the backup of {0}. The file that could not be opened is kept as {1}.</source>
        <translation>Восстановлена копия от {0}. Файл, который не открывался, сохранён как {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="16"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="16"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="16"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="17"/>
        <source>Not found in the text</source>
        <translation>Нет в тексте</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="30"/>
        <source>Not in the text as such: made from the fields found; check it.</source>
        <translation>В тексте в таком виде нет: составлено из найденных полей; проверьте.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="31"/>
        <source>{0}: fill it in if you know it.</source>
        <translation>{0}: заполните, если знаете.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="32"/>
        <source>{0} confidence: select the field to see the passage it comes from.</source>
        <translation>Уверенность — {0}: выберите поле, чтобы увидеть исходный фрагмент.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="38"/>
        <source> ○ not found</source>
        <translation> ○ не найдено</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/confidence_dot.py" line="78"/>
        <source>{0} confidence</source>
        <translation>Уверенность: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/country_combo.py" line="17"/>
        <source>Type or choose a country</source>
        <translation>Введите или выберите страну</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/date_field.py" line="43"/>
        <source>Pick a date from the calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/date_field.py" line="44"/>
        <source>Pick a date</source>
        <translation>Выбрать дату</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="26"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="27"/>
        <source>Background</source>
        <translation>Справочно</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="28"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="87"/>
        <source>Edit visit…</source>
        <translation>Изменить визит…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/detail_pane.py" line="111"/>
        <source>New visit…</source>
        <translation>Новый визит…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="39"/>
        <source>Guest country</source>
        <translation>Страна гостя</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="40"/>
        <source>Host country</source>
        <translation>Принимающая страна</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/models/attachment_list_model.py" line="14"/>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="43"/>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="63"/>
        <source>Type</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="44"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="49"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="49"/>
        <source>Significance</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/overview_pane.py" line="49"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="56"/>
        <source>No {0} yet.</source>
        <translation>Пока нет записей: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="56"/>
        <source>Add {0}…</source>
        <translation>Добавить: {0}…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="61"/>
        <source>Add a {0}</source>
        <translation>Добавить: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="64"/>
        <source>Edit the selected {0}</source>
        <translation>Изменить выбранное: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="66"/>
        <source>Delete the selected {0}</source>
        <translation>Удалить выбранное: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="67"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="68"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Вверх (Ctrl+Вверх)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="69"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="70"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Вниз (Ctrl+Вниз)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="202"/>
        <source>Added {0}.</source>
        <translation>Добавлено: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="216"/>
        <source>Saved {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="225"/>
        <source>Delete the {0} “{1}”?</source>
        <translation>Удалить ({0}) «{1}»?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="226"/>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="227"/>
        <source>Delete {0}</source>
        <translation>Удалить: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="233"/>
        <source>{0} not deleted</source>
        <translation>Не удалено: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="239"/>
        <source>Deleted {0}.</source>
        <translation>Удалено: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="249"/>
        <source>{0} not moved</source>
        <translation>Не перемещено: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="253"/>
        <source>Moved {0} up.</source>
        <translation>Перемещено выше: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/record_pane.py" line="253"/>
        <source>Moved {0} down.</source>
        <translation>Перемещено ниже: {0}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/review_table.py" line="46"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/search_box.py" line="23"/>
        <source>Search visits: people, places, topics, agreements…</source>
        <translation>Поиск визитов: лица, места, темы, документы…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/search_box.py" line="26"/>
        <source>Search visits</source>
        <translation>Поиск визитов</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/source_view.py" line="25"/>
        <source>Press release text</source>
        <translation>Текст пресс-релиза</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/task_progress.py" line="16"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_editors.py" line="32"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_editors.py" line="34"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="34"/>
        <source>Filter the list by dates, country, type, status and follow-ups</source>
        <translation>Отбор списка по датам, стране, виду, статусу и дальнейшим действиям</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="53"/>
        <source>Under way</source>
        <translation>Проходит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="96"/>
        <source>Filters ({0})</source>
        <translation>Фильтры ({0})</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="96"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="137"/>
        <source>No visits match ‘{0}’ with these filters.</source>
        <translation>Нет визитов по запросу «{0}» с этими фильтрами.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="138"/>
        <source>No visits match these filters.</source>
        <translation>Нет визитов, отвечающих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="140"/>
        <source>No visits match ‘{0}’.</source>
        <translation>Нет визитов, подходящих под «{0}».</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_list_pane.py" line="140"/>
        <source>No visits yet.</source>
        <translation>Визитов пока нет.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="56"/>
        <source>Written from the fields found; check it against the text.</source>
        <translation>Составлено по найденным полям; сверьте с текстом.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="57"/>
        <source>Re&amp;write the summary from the fields</source>
        <translation>&amp;Заново составить резюме по полям</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_review_form.py" line="58"/>
        <source>After correcting the participants, dates or countries, write the summary again from what the form holds now.</source>
        <translation>После исправления участников, дат или стран заново составить резюме по тому, что сейчас в форме.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="72"/>
        <source>&amp;New visit…</source>
        <translation>&amp;Новый визит…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="73"/>
        <source>Create a new visit</source>
        <translation>Создать новый визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="74"/>
        <source>New &amp;visit from press release…</source>
        <translation>Новый визит по пресс-&amp;релизу…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="76"/>
        <source>Create a visit from a press release you paste or open</source>
        <translation>Создать визит по вставленному или открытому пресс-релизу</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="77"/>
        <source>From press release</source>
        <translation>По пресс-релизу</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="78"/>
        <source>&amp;Export briefing…</source>
        <translation>&amp;Экспорт записки…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="79"/>
        <source>Export the selected visit&apos;s briefing note as PDF</source>
        <translation>Экспортировать справочную записку по выбранному визиту в PDF</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="79"/>
        <source>Export PDF</source>
        <translation>Экспорт PDF</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="80"/>
        <source>Export note as &amp;Word…</source>
        <translation>Экспорт справки в &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="81"/>
        <source>Export the selected visit&apos;s briefing note as a Word document, for editing</source>
        <translation>Экспортировать справку по выбранному визиту в документ Word для правки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="83"/>
        <source>Print the selected visit&apos;s briefing note with the last export options</source>
        <translation>Напечатать справку по выбранному визиту с последними параметрами экспорта</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="84"/>
        <source>Export country &amp;dossier…</source>
        <translation>Экспорт странового &amp;досье…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="85"/>
        <source>Export every visit with one country as one PDF</source>
        <translation>Экспортировать все визиты с одной страной в один PDF</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="86"/>
        <source>Export country dossier as W&amp;ord…</source>
        <translation>Экспорт с&amp;транового досье в Word…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="87"/>
        <source>Export every visit with one country as one Word document, for editing</source>
        <translation>Экспортировать все визиты с одной страной в один документ Word для редактирования</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="89"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="90"/>
        <source>Import visits from a Briefing JSON file</source>
        <translation>Импортировать визиты из файла JSON Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="91"/>
        <source>Export da&amp;ta…</source>
        <translation>Экспорт д&amp;анных…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="92"/>
        <source>Export the database or the selected visit as JSON</source>
        <translation>Экспортировать базу или выбранный визит в JSON</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="93"/>
        <source>Export visit &amp;list as CSV…</source>
        <translation>Экспорт &amp;списка визитов в CSV…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="94"/>
        <source>Export the visit list for spreadsheets</source>
        <translation>Экспортировать список визитов для электронных таблиц</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="95"/>
        <source>Export &amp;agreements as CSV…</source>
        <translation>Экспорт д&amp;окументов в CSV…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="97"/>
        <source>Export every agreement for spreadsheets</source>
        <translation>Экспортировать все документы для электронных таблиц</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="98"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="99"/>
        <source>Replace the database with one of its backups</source>
        <translation>Заменить базу одной из её резервных копий</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="102"/>
        <source>Undo the last saved change</source>
        <translation>Отменить последнее сохранённое изменение</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="102"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="103"/>
        <source>&amp;Edit visit…</source>
        <translation>&amp;Изменить визит…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="104"/>
        <source>Edit the selected visit</source>
        <translation>Изменить выбранный визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="105"/>
        <source>&amp;Delete visit</source>
        <translation>&amp;Удалить визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="106"/>
        <source>Delete the selected visit</source>
        <translation>Удалить выбранный визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="107"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="108"/>
        <source>Search the visits</source>
        <translation>Искать визиты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="109"/>
        <source>&amp;People…</source>
        <translation>&amp;Лица…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="110"/>
        <source>Find, add, edit and delete people</source>
        <translation>Поиск, добавление, изменение и удаление лиц</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="111"/>
        <source>Follo&amp;w-ups due…</source>
        <translation>Невыполненные &amp;действия…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="112"/>
        <source>Every follow-up still to do, across visits, soonest due first</source>
        <translation>Все невыполненные дальнейшие действия по всем визитам, сначала ближайшие по сроку</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="113"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="114"/>
        <source>Read the list and the visit again from the database</source>
        <translation>Заново прочитать список и визит из базы</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="115"/>
        <source>Prefere&amp;nces…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="116"/>
        <source>The organisation printed on notes, its logo, and backups</source>
        <translation>Организация в записках, её логотип, язык и резервные копии</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="117"/>
        <source>&amp;About Briefing</source>
        <translation>&amp;О программе Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="160"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="162"/>
        <source>List &amp;columns</source>
        <translation>&amp;Столбцы списка</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="164"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="169"/>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/window_actions.py" line="173"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Панель инструментов</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="56"/>
        <source>the document could not be read for printing</source>
        <translation>документ не удалось прочитать для печати</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="65"/>
        <source>the printer could not be started</source>
        <translation>не удалось запустить принтер</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="70"/>
        <source>the printer stopped taking pages</source>
        <translation>принтер перестал принимать страницы</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="83"/>
        <source>Print {0}</source>
        <translation>Печать: {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="89"/>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/printing.py" line="89"/>
        <source>The {0} was not printed: {1}.

Check that the printer is switched on and connected, then print again.</source>
        <translation>{0}: печать не выполнена: {1}.

Проверьте, что принтер включён и подключён, и повторите печать.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="17"/>
        <source>This field is required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="18"/>
        <source>Too long: {0:,} characters, at most {1:,}.</source>
        <translation>Слишком длинно: {0} знаков, допускается не более {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="19"/>
        <source>Contains the control character {0}; remove it.</source>
        <translation>Содержит управляющий символ {0}; удалите его.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="20"/>
        <source>Choose one from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="21"/>
        <source>&apos;{0}&apos; is not in the list; choose one from it.</source>
        <translation>«{0}» нет в списке; выберите значение из списка.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="22"/>
        <source>Choose a country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="24"/>
        <source>Host and guest must be different countries.</source>
        <translation>Принимающая и гостевая страны должны различаться.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="25"/>
        <source>&apos;{0}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>«{0}» — не дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="26"/>
        <source>&apos;{0}&apos; is not a real date.</source>
        <translation>Даты «{0}» не существует.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="27"/>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="28"/>
        <source>Choose a person.</source>
        <translation>Выберите лицо.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="29"/>
        <source>&apos;{0}&apos; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«{0}» — не дата; укажите ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="30"/>
        <source>This person already takes part in this visit.</source>
        <translation>Это лицо уже участвует в визите.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="31"/>
        <source>A signatory must be a participant of the same visit.</source>
        <translation>Подписант должен быть участником того же визита.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="32"/>
        <source>&apos;{0}&apos; is not a known country</source>
        <translation>«{0}» — неизвестная страна</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="33"/>
        <source>&apos;{0}&apos; is listed twice</source>
        <translation>«{0}» указан дважды</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="34"/>
        <source>&apos;{0}&apos; is not a participant of this visit</source>
        <translation>«{0}» не участвует в этом визите</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="35"/>
        <source>&apos;{0}&apos; is not base64 data</source>
        <translation>«{0}» — не данные base64</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="36"/>
        <source>&apos;{0}&apos; does not match its sha256</source>
        <translation>«{0}» не совпадает со своим sha256</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="37"/>
        <source>&apos;{0}&apos; passes the limits of {1} a file, {2} a visit</source>
        <translation>«{0}» превышает ограничения: {1} на файл, {2} на визит</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="60"/>
        <source>Add visit</source>
        <comment>undo step</comment>
        <translation>добавление визита</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="61"/>
        <source>Edit visit</source>
        <comment>undo step</comment>
        <translation>изменение визита</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="62"/>
        <source>Delete visit</source>
        <comment>undo step</comment>
        <translation>удаление визита</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="63"/>
        <source>Add person</source>
        <comment>undo step</comment>
        <translation>добавление лица</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="64"/>
        <source>Edit person</source>
        <comment>undo step</comment>
        <translation>изменение данных лица</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="65"/>
        <source>Delete person</source>
        <comment>undo step</comment>
        <translation>удаление лица</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="66"/>
        <source>Import</source>
        <comment>undo step</comment>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="67"/>
        <source>Import visit</source>
        <comment>undo step</comment>
        <translation>импорт визита</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="68"/>
        <source>Add demo visit</source>
        <comment>undo step</comment>
        <translation>добавление демонстрационного визита</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="69"/>
        <source>Add participant</source>
        <comment>undo step</comment>
        <translation>добавление участника</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="70"/>
        <source>Edit participant</source>
        <comment>undo step</comment>
        <translation>изменение участника</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="71"/>
        <source>Delete participant</source>
        <comment>undo step</comment>
        <translation>удаление участника</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="72"/>
        <source>Reorder participants</source>
        <comment>undo step</comment>
        <translation>изменение порядка участников</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="73"/>
        <source>Add cooperation area</source>
        <comment>undo step</comment>
        <translation>добавление направления сотрудничества</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="74"/>
        <source>Edit cooperation area</source>
        <comment>undo step</comment>
        <translation>изменение направления сотрудничества</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="75"/>
        <source>Delete cooperation area</source>
        <comment>undo step</comment>
        <translation>удаление направления сотрудничества</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="76"/>
        <source>Reorder cooperation areas</source>
        <comment>undo step</comment>
        <translation>изменение порядка направлений сотрудничества</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="77"/>
        <source>Add agreement</source>
        <comment>undo step</comment>
        <translation>добавление соглашения</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="78"/>
        <source>Edit agreement</source>
        <comment>undo step</comment>
        <translation>изменение соглашения</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="79"/>
        <source>Delete agreement</source>
        <comment>undo step</comment>
        <translation>удаление соглашения</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="80"/>
        <source>Reorder agreements</source>
        <comment>undo step</comment>
        <translation>изменение порядка соглашений</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="81"/>
        <source>Add history entry</source>
        <comment>undo step</comment>
        <translation>добавление справки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="82"/>
        <source>Edit history entry</source>
        <comment>undo step</comment>
        <translation>изменение справки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="83"/>
        <source>Delete history entry</source>
        <comment>undo step</comment>
        <translation>удаление справки</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="84"/>
        <source>Reorder history entries</source>
        <comment>undo step</comment>
        <translation>изменение порядка справок</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="85"/>
        <source>Add quote</source>
        <comment>undo step</comment>
        <translation>добавление цитаты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="86"/>
        <source>Edit quote</source>
        <comment>undo step</comment>
        <translation>изменение цитаты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="87"/>
        <source>Delete quote</source>
        <comment>undo step</comment>
        <translation>удаление цитаты</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="88"/>
        <source>Reorder quotes</source>
        <comment>undo step</comment>
        <translation>изменение порядка цитат</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="89"/>
        <source>Add talking point</source>
        <comment>undo step</comment>
        <translation>добавление тезиса</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="90"/>
        <source>Edit talking point</source>
        <comment>undo step</comment>
        <translation>изменение тезиса</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="91"/>
        <source>Delete talking point</source>
        <comment>undo step</comment>
        <translation>удаление тезиса</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="92"/>
        <source>Reorder talking points</source>
        <comment>undo step</comment>
        <translation>изменение порядка тезисов</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="93"/>
        <source>Add follow-up action</source>
        <comment>undo step</comment>
        <translation>добавление мероприятия</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="94"/>
        <source>Edit follow-up action</source>
        <comment>undo step</comment>
        <translation>изменение мероприятия</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="95"/>
        <source>Delete follow-up action</source>
        <comment>undo step</comment>
        <translation>удаление мероприятия</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="96"/>
        <source>Reorder follow-up actions</source>
        <comment>undo step</comment>
        <translation>изменение порядка мероприятий</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="97"/>
        <source>Add attachment</source>
        <comment>undo step</comment>
        <translation>Добавление вложения</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/store_texts.py" line="98"/>
        <source>Remove attachment</source>
        <comment>undo step</comment>
        <translation>Удаление вложения</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="34"/>
        <source>Visits from</source>
        <translation>Визиты начиная с</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="35"/>
        <source>Visits until</source>
        <translation>Визиты по</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="36"/>
        <source>Host or guest</source>
        <translation>Принимающая или гостевая</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="37"/>
        <source>Country, host or guest</source>
        <translation>Страна, принимающая или гостевая</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="40"/>
        <source>Visit type</source>
        <translation>Вид визита</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="43"/>
        <source>Visit status</source>
        <translation>Статус визита</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="46"/>
        <source>Has open follow-ups</source>
        <translation>Есть незавершённые дальнейшие действия</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="47"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/visit_filter_bar.py" line="110"/>
        <source>‘{0}’ is not a date: type it as YYYY-MM-DD or pick it from the calendar.</source>
        <translation>«{0}» — не дата: введите её в формате ГГГГ-ММ-ДД или выберите в календаре.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="33"/>
        <source>A visit keeps files of up to {0} each, {1} in all.</source>
        <translation>К визиту можно приложить файлы до {0} каждый, всего до {1}.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="40"/>
        <source>“{0}” is {1}: it is not kept. {2}</source>
        <translation>Размер «{0}» — {1}: файл не приложен. {2}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="42"/>
        <source>“{0}” is {1} and the visit already keeps {2}: it is not kept. {3}</source>
        <translation>Размер «{0}» — {1}, а к визиту уже приложено {2}: файл не приложен. {3}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="102"/>
        <source>Drop files on the list to keep them with the visit. {0}</source>
        <translation>Перетащите файлы в список, чтобы приложить их к визиту. {0}</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="103"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="104"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="106"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="179"/>
        <source>{0}. Choose another place, or make it writable.</source>
        <translation>{0}. Выберите другое место или разрешите запись в него.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="186"/>
        <source>Add files to the visit</source>
        <translation>Приложить файлы к визиту</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="186"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="251"/>
        <source>Any file (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="204"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="208"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="214"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="217"/>
        <source>File not added</source>
        <translation>Файл не добавлен</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="224"/>
        <source>Added the file “{0}”.</source>
        <translation>Файл «{0}» добавлен.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="232"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="237"/>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="241"/>
        <source>File not opened</source>
        <translation>Файл не открыт</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="233"/>
        <source>“{0}” is not a document or picture Briefing opens: it could be a program. Use Save as… and check it before opening it.</source>
        <translation>«{0}» — не документ и не изображение, которые открывает Briefing: это может быть программа. Выберите «Сохранить как…» и проверьте файл, прежде чем открывать его.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="242"/>
        <source>No program on this computer opens “{0}”. Use Save as… to keep it somewhere and open it with a program of your choice.</source>
        <translation>На этом компьютере нет программы, открывающей «{0}». Выберите «Сохранить как…», сохраните файл и откройте его нужной программой.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="250"/>
        <source>Save the file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="255"/>
        <source>Saved “{0}”.</source>
        <translation>«{0}» сохранён.</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="255"/>
        <source>File not saved</source>
        <translation>Файл не сохранён</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="262"/>
        <source>Remove file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="262"/>
        <source>Remove “{0}” from the visit?</source>
        <translation>Удалить «{0}» из визита?</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="263"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="268"/>
        <source>File not removed</source>
        <translation>Файл не удалён</translation>
    </message>
    <message>
        <location filename="../../briefing/gui/widgets/attachments_pane.py" line="271"/>
        <source>Removed the file “{0}”.</source>
        <translation>Файл «{0}» удалён.</translation>
    </message>
</context>
</TS>
