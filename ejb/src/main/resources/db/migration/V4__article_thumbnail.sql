-- The front matter's thumbnail is kept beside the head image (both are display hints of the source page).
alter table article add column thumbnail varchar(2000);
